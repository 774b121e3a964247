# repr() and str() of floats: the shortest string that reads back to the same value.

values = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -1.0, 0.0, -0.0, 0.5, 1.5,
          100.0, 1e15, 1e16, 1e17, 1.5e16, 123456789.0, 1234567890123456.0, 12345678901234567.0,
          1e-4, 1e-5, 1e-7, 1.5e-7, 0.00012345, 1e22, 1e23, 1e100, 1e-100, 1.7976931348623157e308,
          5e-324, 2.2250738585072014e-308, 9007199254740992.0, 9007199254740993.0, 3.141592653589793,
          2.718281828459045, 1.1, 2.675, 0.07, 4.35, 1e300 * 1e10, -1e300 * 1e10, 299792458.0,
          6.62607015e-34, 1 / 7, 22 / 7, 1e21, 1e-6, 0.000001234, 123.456, 1e5, 1.0e-3]
for v in values:
    print(repr(v), str(v))

# integer-valued floats keep a ".0"
print(float(1), float(-7), 2.0 ** 52, 2.0 ** 60, float(10 ** 15), float(10 ** 16))

# repr round-trips exactly
ok = all(float(repr(v)) == v for v in values if v == v)
print("round trip:", ok)

# values produced by arithmetic
print(0.1 * 3, 1.1 * 1.1, 1 - 0.9, 100 * 1.1, 3 * 0.1 == 0.3, round(0.1 * 3, 10))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0)
print(1e16 + 1.0, 1e16 + 2.0, 2 ** 53 + 1.0)

# repr inside containers and formatting with %r, %s
print([0.1, 1e-7, 1e16], (2.5,), {"k": 1e22})
print("%r %s" % (0.1, 1e-7))

# nan and inf
nan = float("nan")
inf = float("inf")
print(repr(nan), str(nan), repr(inf), repr(-inf), str(-inf), [nan, inf])
