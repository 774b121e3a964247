# math.isclose with rel_tol/abs_tol, math.fsum exact summation
import math
print(math.isclose(1.0, 1.0), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8), math.isclose(0.0, 1e-10))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(1, 1))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1e-300, 2e-300), math.isclose(-1.0, -1.0000000001))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.isclose(1, 1, 0.1)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(5)), math.fsum([0.5, 0.25, 0.125]), type(math.fsum([1])).__name__)
print(math.fsum([1e-16, 1.0, -1.0]), math.fsum([1e308, -1e308, 1e308]))
print(math.fsum([2.0 ** 53, 1.0, 1.0]), 2.0 ** 53 + 1.0 + 1.0)
print(math.fsum(x / 10 for x in range(1, 11)), math.fsum([math.inf, 1]), math.isnan(math.fsum([math.nan, 1])))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError", type(e).__name__)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError", e)
try:
    math.fsum(["a"])
except TypeError as e:
    print("TypeError", e)
vals = [1.23, 4.56e-3, -7.89e2, 1e-20, 3.3]
print(math.fsum(vals), math.fsum(vals) == math.fsum(sorted(vals)), math.fsum(reversed(vals)) == math.fsum(vals))
print(math.isclose(math.fsum(vals), sum(vals)), [math.isclose(x, x * (1 + 1e-12)) for x in (1.0, 1e10, 1e-10)])
