# Arbitrary-precision integers: arithmetic, comparisons, conversions.

a = 2 ** 100
b = 3 ** 60
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, divmod(b, 12345678901), -a // 7, -a % 7)
print(a == 2 ** 100, a != a + 1, a > b, -a < -b, a >= a, b <= a)

# factorial and its digit sum
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(sum(int(d) for d in str(f)), len(str(f)))

# the transition between small and big values in both directions
v = 2 ** 62 - 5
for i in range(8):
    v += 1
print(v, v - 2 ** 62)
w = -(2 ** 31)
print(w - 1, w * w, w * -w, (w - 1) + 1 == w)
x = 2 ** 64
print(x - x, (x - x) == 0, x // x, type(x - x + 1).__name__)

# multiplication of big by small and small by big
print(12345 * 10 ** 25, 10 ** 25 * -12345, 0 * 10 ** 50, -1 * 10 ** 30)

# comparisons with floats
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(float(2 ** 80), int(1e20), int(-1.5e19), int(2.5e30) == 25 * 10 ** 29)

# str and int round trip, and other bases
n = 123456789 ** 5
print(n, int(str(n)) == n, hex(n), int(hex(n), 16) == n, len(bin(n)) - 2)
print(str(-10 ** 40), repr(10 ** 40), format(10 ** 20, ","), format(2 ** 70, "x"))

# powers and roots by integer methods
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(2 ** 101))

# gcd by Euclid on big numbers
def gcd(p, q):
    while q:
        p, q = q, p % q
    return p

print(gcd(2 ** 80 * 3 ** 5, 2 ** 70 * 3 ** 9 * 5))

# bit_length and abs
print((2 ** 100).bit_length(), (2 ** 100 - 1).bit_length(), abs(-(2 ** 90)), (-1).bit_length(), (0).bit_length())

# hashing and dict keys with big ints
d = {2 ** 100: "big", 2 ** 100 + 1: "bigger"}
print(d[2 ** 100], d[2 ** 100 + 1], len(d))

# fibonacci number 300
p, q = 0, 1
for _ in range(300):
    p, q = q, p + q
print(p)
