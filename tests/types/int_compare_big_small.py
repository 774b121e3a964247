# int: comparisons between small and big values, equality and ordering
vals = [0, 1, -1, 2 ** 30, -(2 ** 30), 2 ** 31, 2 ** 62, 2 ** 63, 2 ** 64,
        -(2 ** 64), 10 ** 30, -(10 ** 30), 2 ** 100 + 1]
print(sorted(vals))
print(sorted(vals, reverse=True))
for a in (2 ** 63, -(2 ** 63), 10 ** 30):
    for b in (a - 1, a, a + 1, 5, -5):
        print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print(max(vals), min(vals))
print(2 ** 64 == 18446744073709551616, 2 ** 64 == 18446744073709551615)
x = 10 ** 20
y = 10 ** 20
print(x == y, x is not None, x - y == 0)
print(1 < 2 ** 100 < 3 ** 100 < 4 ** 100)
print(-(2 ** 100) < -(2 ** 99) < 0 < 2 ** 99)
print(2 ** 100 in [1, 2, 2 ** 100], 2 ** 100 + 1 in [2 ** 100])
print({2 ** 70: "a"}[2 ** 70])
print(hash(2 ** 20) == hash(2 ** 20), hash(2 ** 80) == hash(2 ** 80))
print(hash(5), hash(-5), hash(0), hash(1000))
print([1, 2 ** 80] < [1, 2 ** 81], (2 ** 80, 1) > (2 ** 80, 0))
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 10 ** 20 == 1e20)
try:
    1 < "a"
except TypeError as e:
    print("TypeError", e)
try:
    2 ** 100 > None
except TypeError as e:
    print("TypeError", e)
print(5 == "5", 2 ** 100 == "x", 0 == None)
