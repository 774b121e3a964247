# Bitwise operators on positive and negative integers of any size.

vals = [0, 1, 5, -1, -6, 255, -256, 2 ** 40 + 3, -(2 ** 40) - 3, 2 ** 70, -(2 ** 70)]
for a in vals[:7]:
    print(a, ~a, a & 0xF, a | 0x10, a ^ 0xFF)

for a in vals[7:]:
    print(a, ~a, a & 0xFFFF, a | 1, a ^ -1, a & -a)

print(-5 & -3, -5 | -3, -5 ^ -3, -5 & 3, -5 | 3, -5 ^ 3)
print(2 ** 70 & 2 ** 70 - 1, 2 ** 70 | 1, (2 ** 70 - 1) ^ (2 ** 69), -(2 ** 70) & 0xFF)
print(-(2 ** 70) | 0xFF, -(2 ** 70) ^ (2 ** 71), (2 ** 64 - 1) & -(2 ** 32))

# identities
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
    a = rand_int(-2 ** 80, 2 ** 80)
    b = rand_int(-2 ** 40, 2 ** 40)
    if (a & b) + (a | b) != a + b:
        ok = False
    if (a ^ b) != (a | b) - (a & b):
        ok = False
    if ~a != -a - 1:
        ok = False
    check = (check * 31 + (a & b) - (a ^ b) + (a | ~b)) % 2 ** 61
print("identities hold:", ok, "checksum:", check)

# bools are ints
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__)

# counting bits of negative numbers through a mask
def popcount(n, width=32):
    n &= (1 << width) - 1
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

print([popcount(v) for v in (0, 1, 255, -1, -2, 2 ** 31)])

# bitwise on floats is an error
try:
    1.0 & 1
except TypeError as e:
    print("TypeError", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
