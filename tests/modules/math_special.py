# math special functions: gamma lgamma erf erfc (rounded), nextafter/ulp, floor division helpers
import math
def r(v):
    return round(v, 10)
print([math.gamma(n) for n in range(1, 11)])
print(r(math.gamma(0.5) ** 2), r(math.gamma(2.5)), r(math.gamma(-0.5)), math.gamma(171) > 1e306)
print([r(math.lgamma(x)) for x in (1, 2, 3, 0.5, 10, 100)], math.lgamma(-0.5) == math.lgamma(-0.5))
print([r(math.erf(x)) for x in (0, 0.5, 1, 2, -1, 5)], math.erf(math.inf), math.erf(-math.inf))
print([r(math.erfc(x)) for x in (0, 0.5, 1, 2, -1)], math.erfc(math.inf), math.erfc(-math.inf))
print(all(abs(math.erf(x / 4) + math.erfc(x / 4) - 1) < 1e-15 for x in range(-20, 20)))
print(math.ulp(1.0) == 2.0 ** -52, math.ulp(0.0) == 5e-324, math.ulp(2.0 ** 60) == 2.0 ** 8, math.ulp(-1.0) == math.ulp(1.0))
print(math.nextafter(1.0, 2.0) == 1.0 + 2.0 ** -52, math.nextafter(1.0, 0.0) == 1.0 - 2.0 ** -53, math.nextafter(0.0, 1.0), math.nextafter(5.0, 5.0))
print(math.copysign(0.0, -1), math.isclose(math.gamma(5.5), 52.34277778455352))
for bad in (0, -2, -math.inf):
    try:
        math.gamma(bad)
    except ValueError as e:
        print("ValueError", e)
print(math.factorial(10) == math.gamma(11), math.isclose(math.exp(math.lgamma(20)), math.gamma(20), rel_tol=1e-12))
print([r(math.gamma(x / 2)) for x in range(1, 8)])
print([r(math.erf(x / 10)) for x in range(0, 30, 7)])
print(math.lgamma(1) == 0.0, math.lgamma(2) == 0.0, math.gamma(1) == 1.0, math.erf(0) == 0.0, math.erfc(0) == 1.0)
print(math.gamma(1e-300) > 1e299, math.lgamma(1e-300) > 690)
print([math.floor(math.log10(n)) + 1 for n in (9, 10, 99, 100, 12345)])
