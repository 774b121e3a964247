# int: left and right shifts, including negatives and big values
for n in (1, 5, -5, 255, -256, 0):
    print(n, [n << k for k in (0, 1, 7, 31, 32, 33, 64)])
    print(n, [n >> k for k in (0, 1, 2, 8, 40)])
print(1 << 100, (1 << 100) >> 99, (1 << 100) >> 100, (1 << 100) >> 101)
print(-(1 << 100) >> 99, -(1 << 100) >> 101, (-(1 << 100) - 1) >> 100)
print(-1 >> 1, -1 >> 1000, 1 >> 1000, -2 >> 1, -3 >> 1)
x = 0x123456789ABCDEF
print(hex(x << 4), hex(x >> 4), hex(x << 64), hex((x << 64) >> 64))
print(3 << 62, 3 << 63, (3 << 63) >> 62)
y = 7
y <<= 5; print(y)
y >>= 3; print(y)
# shifts agree with multiplication and floor division by powers of two
ok = True
for v in (-(10 ** 25), -99, -1, 0, 1, 99, 10 ** 25):
    for k in range(0, 80, 7):
        if v << k != v * 2 ** k or v >> k != v // 2 ** k:
            ok = False
print("consistent", ok)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError", e)
try:
    1 << 2.0
except TypeError as e:
    print("TypeError", e)
try:
    1.0 >> 1
except TypeError as e:
    print("TypeError", e)
print(True << 3, 8 >> True)
