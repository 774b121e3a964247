# float arithmetic: operators, mixed int/float, special values
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, abs(-a))
print(1.5 + 1, 1 + 1.5, 3 * 0.1, 0.1 * 3, 2 ** -1.0, 4 ** 0.5, 0.25 ** 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, inf / inf, -inf + inf)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
print(2.0 ** 1023 * 2 == inf, 2.0 ** -1074, 2.0 ** -1075)
print(10.0 ** 2, 10.0 ** -2, (-8.0) ** 2, (-2.0) ** 3, 0.0 ** 0.0, inf ** 0)
print(1.0 ** inf, 2.0 ** -inf, 0.5 ** inf)
x = 1.0
x += 0.5; print(x)
x *= 4; print(x)
x /= 3; print(x)
x -= 1; print(x)
x **= 2; print(x)
for a2, b2 in ((1.0, 0.0), (0.0, 0.0), (1, 0.0), (1.5, 0)):
    try:
        print(a2 / b2)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(a2 // b2)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(a2 % b2)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", type(e).__name__)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError", type(e).__name__)
try:
    1.5 + "a"
except TypeError as e:
    print("TypeError", e)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, round(s, 10) == 1.0)
print(sum([0.1] * 10), 1e16 + 1 - 1e16)
