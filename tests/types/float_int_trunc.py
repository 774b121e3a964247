# int(float) truncates toward zero; math-like conversions of floats to ints
for v in (0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 2.9999999, -2.9999999, 1e10, -1e10, 123456.789):
    print(v, int(v))
print(int(1e20), int(-1e20), int(2.0 ** 100), int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971)
print(int(9007199254740993.0), int(0.1 * 3 * 10))
print(int(1e16 + 1), int(4.35 * 100), int(-4.35 * 100))
for bad in (float("inf"), float("-inf")):
    try:
        int(bad)
    except OverflowError as e:
        print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(type(int(5.0)).__name__, int(True) + int(7.99))
print([int(x / 4) for x in range(-8, 9)])
print([x // 4 for x in range(-8, 9)])
print(int("12") + int(12.9), int(-0.5) == 0)
x = 3.7
print(int(x) == x.__trunc__(), int(-x) == (-x).__trunc__())
print(int(5e-324), int(-5e-324))
print(int(2.5e15), int(1.23e2), int(-9.99e2))
print(float(int(1e300)) == 1e300)
