# float(): from numbers and strings, __float__ and __index__, errors
print(float(), float(0), float(-5), float(True), float(2 ** 62), float(1.5), float("3"), float("  -2.5e3 "))
print(float("inf"), float("-Infinity"), float("nan"), float("1_000.5"), float(".5"), float("5."))
print(float(b"1.5"), float(bytearray(b"2")), float("+0.0"), float("-0.0"), str(float("-0")))

class F:
    def __float__(self):
        return 1.25

class I:
    def __index__(self):
        return 7

print(float(F()), float(I()))

class BadF:
    def __float__(self):
        return "no"

try:
    float(BadF())
except TypeError as e:
    print("TypeError", e)
for bad in ("", "abc", "1.2.3", "1e", "0x1p3", "1,5", "- 1"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in (None, [1.0], {}, (1,)):
    try:
        float(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    float(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    float(x="1")
except TypeError as e:
    print("TypeError", type(e).__name__)
print(type(float(1)).__name__, float(1) == 1, float(1) is not None, float("1e309"), float("-1e309"))
print([float(s) for s in "0.1 0.25 1e-3 12".split()])

class MyFloat(float):
    pass

mf = MyFloat(2.5)
print(mf, type(mf).__name__, mf + 1, type(mf + 1).__name__, float(mf), type(float(mf)).__name__)
