# float repr: shortest string that round-trips
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15,
        123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e-7, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 3.141592653589793, 2.718281828459045, 100.0, 1e22, 1e23,
        9007199254740993.0, 0.5, 0.25, 0.125, 1.1, 2.675, 1234.5678, 1e100, 1.23e-100,
        float("inf"), float("-inf"), float("nan"), 4.35, 0.3 * 3, 9.999999999999999e22,
        299792458.0, 6.02214076e23, 1.602176634e-19, 12345678.9, 0.000001, 0.0000001]
for v in vals:
    print(repr(v))
ok = True
for v in vals[:-4]:
    if v == v and float(repr(v)) != v:
        ok = False
print("round trip", ok)
# shortest repr for many simple decimals
out = []
for i in range(1, 60):
    out.append(repr(i / 10))
print(" ".join(out))
out = []
for i in range(1, 30):
    out.append(repr(i * 1.1))
print(" ".join(out))
print([repr(2.0 ** k) for k in range(45, 60, 3)])
print([repr(10.0 ** -k) for k in range(1, 9)])
print([repr(10.0 ** k) for k in range(14, 18)])
print(repr(1e16 + 1), repr(1e16 + 2), repr(-1e-7))
