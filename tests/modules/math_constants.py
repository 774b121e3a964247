# math constants and classification functions
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.tau == 2 * math.pi, math.inf > 1e308, math.nan != math.nan, type(math.pi).__name__)
for v in (0.0, -0.0, 1.5, 1e308, 5e-324, math.inf, -math.inf, math.nan, 2 ** 1000):
    print(v if v != 2 ** 1000 else "2**1000", math.isfinite(v), math.isinf(v), math.isnan(v))
print(math.isfinite(0), math.isinf(10 ** 30), math.isnan(True))
for bad in ("1", None, [1.0]):
    try:
        math.isnan(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    math.isinf(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(round(math.pi, 5), round(math.e, 5), f"{math.pi:.10f}", f"{math.e:.3e}")
print(math.copysign(1.0, -0.0), math.copysign(3, -2), math.copysign(-4.5, 1), math.copysign(1, math.nan) in (1.0, -1.0))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), type(math.fabs(-3)).__name__)
print(math.pi * 2 == math.tau, math.cos(math.pi) == -1.0, math.sin(0) == 0.0)
print(str(math.inf), repr(math.nan), float("inf") == math.inf)
