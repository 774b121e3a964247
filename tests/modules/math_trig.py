# math trigonometric and hyperbolic functions, degrees/radians (values rounded to 12 places)
import math
def r(v):
    return round(v, 12) + 0.0
angles = [0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, -math.pi / 4, 2.5]
for a in angles:
    print(r(a), r(math.sin(a)), r(math.cos(a)), r(math.tan(a)) if abs(math.cos(a)) > 1e-9 else "inf-ish")
for v in (-1, -0.5, 0, 0.5, 1):
    print(v, r(math.asin(v)), r(math.acos(v)), r(math.atan(v)))
print(r(math.atan(math.inf)), r(math.atan(-math.inf)))
for y, x in ((1, 1), (1, -1), (-1, -1), (-1, 1), (0, 1), (0, -1), (1, 0), (-1, 0), (0.0, 0.0)):
    print("atan2", y, x, r(math.atan2(y, x)))
print(math.atan2(0.0, -0.0) == math.pi, math.atan2(-0.0, -0.0) == -math.pi)
print(math.degrees(math.pi), math.degrees(math.pi / 2), math.radians(180) == math.pi, math.radians(90) == math.pi / 2, math.degrees(0))
for x in (0, 0.5, 1, -2):
    print(x, r(math.sinh(x)), r(math.cosh(x)), r(math.tanh(x)), r(math.asinh(x)))
print(r(math.acosh(1)), r(math.acosh(2)), r(math.atanh(0)), r(math.atanh(0.5)), math.tanh(math.inf), math.tanh(-math.inf))
print(math.sin(0.0), math.sin(-0.0), math.cos(0), math.tan(0))
for f, bad in ((math.asin, 2), (math.acos, -1.5), (math.acosh, 0.5), (math.atanh, 1), (math.sin, math.inf), (math.cos, -math.inf)):
    try:
        f(bad)
    except ValueError as e:
        print(f.__name__, "ValueError", e)
print(math.sin(math.nan) != math.sin(math.nan), r(math.sin(1e-20)) == 0.0)
ok = all(abs(math.sin(x / 10) ** 2 + math.cos(x / 10) ** 2 - 1) < 1e-15 for x in range(-50, 50))
print("pythagorean identity", ok)
