# Float literals and their repr.

print(1.0, 1., .5, 0.0, -0.0, 1e3, 1E3, 1e-3, 2.5e+2, 1_000.000_5)
print(3.14159, 2.718281828459045, 6.02214076e23, 1.602176634e-19)
print(1e308, 1e308 * 10, -1e308 * 10, 1e-320, 5e-324, 2.2250738585072014e-308)
print(1.7976931348623157e308, 1e309, 1e-400)
print(0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3)
print(100.0, 1e15, 1e16, 1e17, 123456789012345678.0)
print(0.0001, 0.00001, 1e-5 * 3)
print(1_0.0_1, 0e0, 00.5, 007.5)
print(type(1e3).__name__, type(1.).__name__, type(10 / 2).__name__)

# float() parsing
for s in ("1.5", " -2.25 ", "1e3", "inf", "-Infinity", "nan", "1_000.5", ".5", "5.", "+3"):
    print(repr(s), float(s))
for bad in ("", "1.2.3", "e5", "1e", "abc", "1__0.0"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)

print(float(10), float(-3), float(2 ** 53), float(2 ** 53 + 1), float(True))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)

# literal arithmetic and comparisons
print(0.5 == 1 / 2, 1e2 == 100, 1e22 == 10 ** 22, 1e23 == 10 ** 23)
print(1e16 + 1 == 1e16, 9007199254740993 == float(9007199254740993))
