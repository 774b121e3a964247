# float(): parsing strings, whitespace, signs, special values, errors
for s in ("1", "1.5", "-1.5", "+2.5", "  1e5 ", "\t3.25\n", ".5", "5.", "1e-3", "1E+3",
          "1.5e300", "-0", "0e0", "123456789012345678901234567890", "0.000000000000000000001",
          "1e400", "-1e400", "1e-400", "2.2250738585072014e-308", "4.9e-324",
          "inf", "-inf", "+inf", "INF", "Infinity", "-infinity", "nan", "NaN", "-nan", "+NAN",
          "0.1", "0.30000000000000004", "9007199254740993", "1_5.2_5", "00012.50"):
    print(repr(s), float(s))
print(float(), float(3), float(-0), float(True), float(2 ** 70))
print(float(b"1.25"), float(bytearray(b" 2.5 ")))
for s in ("", " ", "abc", "1.2.3", "1e", "e5", "--1", "1 2", "0x10", "in f", "nann", "1,5", "."):
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
for bad in (None, [1.0], "1.0".encode() + b"x"):
    try:
        float(bad)
    except TypeError as e:
        print("TypeError", e)
    except ValueError as e:
        print("ValueError", type(e).__name__)
try:
    float(2 ** 1100)
except OverflowError as e:
    print("OverflowError", e)

class F:
    def __float__(self):
        return 2.75

class I:
    def __index__(self):
        return 4

print(float(F()), float(I()))
