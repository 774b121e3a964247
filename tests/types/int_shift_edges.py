# Left shifts at the edge of the machine word: the small-int fast path must overflow to big ints
# (it shifted signed words, undefined behaviour in C, found by the fuzzer's UBSan build).
for x in (1, 3, -1, -3, 5, -5, 95367431640625, -95367431640625, 2**30 - 1, -2**30, 2**62 - 1, -2**62):
    for y in (0, 1, 20, 29, 30, 31, 32, 33, 61, 62, 63, 64, 65, 100):
        r = x << y
        assert r == x * 2**y, (x, y)
        assert r >> y == x
    print(x, x << 31, x << 62, x << 63, x << 64)
print(-1 << 63 == -(2**63), 1 << 63 == 2**63)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
