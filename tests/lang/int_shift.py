# Left and right shifts, including large and negative values.

for n in (1, 3, -1, -3, 255, -255):
    print(n, [n << k for k in (0, 1, 5, 31, 32, 33, 64)])
    print(n, [n >> k for k in (0, 1, 2, 7, 8, 31, 100)])

big = 2 ** 100 + 12345
print(big >> 50, big >> 99, big >> 100, big >> 101, big >> 1000)
print(-big >> 50, -big >> 100, -big >> 1000)
print(big << 100, (big << 100) >> 100 == big)
print(1 << 200)
print(-1 << 100, (-1 << 100) >> 99)
print(0 << 1000, 0 >> 5)
print([1 << i for i in range(0, 70, 7)])

# right shift is floor division by a power of two
# a small deterministic generator (no dependence on the random module)
state = 12345

def rand_int(lo, hi):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    wide = (state << 64) | (state ^ 0x9E3779B97F4A7C15)
    return lo + wide % (hi - lo + 1)

ok = True
check = 0
for _ in range(200):
    a = rand_int(-2 ** 70, 2 ** 70)
    k = rand_int(0, 80)
    if a >> k != a // 2 ** k or a << k != a * 2 ** k:
        ok = False
    check = (check * 31 + (a >> k) + (a << (k // 3))) % 2 ** 61
print("shift identities hold:", ok, "checksum:", check)

try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError", e)
try:
    1 << 1.0
except TypeError as e:
    print("TypeError", e)
print(True << 3, 5 >> True)
