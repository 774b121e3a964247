# float.is_integer and float.as_integer_ratio
for v in (0.0, -0.0, 1.0, 1.5, -2.0, 1e20, 1e-20, 2.0 ** 60, 123.0000001, 0.5):
    print(v, v.is_integer())
inf = float("inf")
nan = float("nan")
print(inf.is_integer(), nan.is_integer())
for v in (0.0, 1.0, 0.5, -0.75, 0.1, 3.14, 1e20, 1e-5, 2.0 ** -40, 10.0, -1234.5):
    n, d = v.as_integer_ratio()
    print(v, n, d, n / d == v)
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float.is_integer(4.0), float.as_integer_ratio(0.25))
# denominator is always a power of two
ok = True
for i in range(1, 100):
    n, d = (i / 7).as_integer_ratio()
    if d & (d - 1) != 0 or n / d != i / 7:
        ok = False
print("powers of two", ok)
print((1.0).__trunc__(), (-1.5).__trunc__(), (2.5).__round__(), (3.5).__round__())
print((7.9).__int__(), (7.9).__floor__(), (7.1).__ceil__(), (-7.1).__floor__(), (-7.9).__ceil__())
print(type((7.9).__floor__()).__name__)
print(hash(2.5) == hash(2.5), hash(3.0) == hash(3))
print((0.1).__repr__(), (1e100).__str__())
try:
    round(nan)
except ValueError as e:
    print("ValueError", e)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError", e)
