# float // and %: result takes the sign of the divisor, divmod consistency
for a in (7.5, -7.5, 7.0, -7.0, 0.0, -0.0, 0.5):
    for b in (2.0, -2.0, 0.75, -0.75, 3):
        q, r = divmod(a, b)
        print(a, b, a // b, a % b, q, r, q * b + r == a)
print(5 % 3.0, -5 % 3.0, 5 % -3.0, -5 % -3.0)
print(5.5 // 1, -5.5 // 1, 5.5 % 1, -5.5 % 1)
print(1e300 % 7.0, -1e-300 % 1.0, 1e-300 % -1.0)
print(type(7 // 2.0).__name__, type(divmod(7, 2.0)[0]).__name__)
inf = float("inf")
print(5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
print(divmod(5.0, inf), divmod(-5.0, -inf))
print(inf % 3.0, inf // 3.0)
print(0.1 % 0.01 < 0.01, 1.0 % 0.1 < 0.1)
print(divmod(10, 3.5), divmod(-10, 3.5), divmod(10.0, -3))
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", type(e).__name__)
try:
    3.0 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
