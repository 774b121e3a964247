# math floor ceil trunc modf fmod frexp ldexp remainder
import math
for v in (2.5, -2.5, 2.0, -0.5, 0.0, 1e20, -1e20, 3, -3, 2 ** 70, True):
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.floor(1e300) == int(1e300), math.ceil(-0.1), math.trunc(-0.9))
for v in (3.75, -3.75, 0.0, 5.0, -0.5, math.inf):
    print(v, math.modf(v))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), math.fmod(-0.0, 1), math.fmod(5, math.inf))
for v in (8.0, 1.0, 0.5, 0.0, -3.0, 1e-310, 1e300):
    m, e = math.frexp(v)
    print(v, m, e, math.ldexp(m, e) == v)
print(math.ldexp(1, 10), math.ldexp(0.5, -1), math.ldexp(3, 0), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-1, 2))
print(math.remainder(5, 3), math.remainder(7, 2), math.remainder(5, 2), math.remainder(-5, 3), math.remainder(4.5, 1))

class F:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"

print(math.floor(F()), math.ceil(F()), math.trunc(F()))
for f in (math.floor, math.ceil):
    for bad in (math.inf, math.nan):
        try:
            f(bad)
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    math.fmod(1, 0)
except ValueError as e:
    print("ValueError", e)
try:
    math.ldexp(1, 5000)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.floor("1")
except TypeError as e:
    print("TypeError", e)
try:
    math.trunc(None)
except TypeError as e:
    print("TypeError", e)
