# int.bit_length and bit_count for small, negative and big values
for n in (0, 1, 2, 3, 4, 7, 8, 255, 256, -1, -2, -255, -256, 2 ** 31 - 1, 2 ** 31,
          2 ** 32, 2 ** 63 - 1, 2 ** 63, 2 ** 64, -(2 ** 64), 10 ** 30, 2 ** 200 - 1):
    print(n, n.bit_length(), n.bit_count())
# bit_length agrees with the length of bin()
ok = True
for n in range(-300, 300):
    if n.bit_length() != len(bin(abs(n))) - 2 - (n == 0):
        ok = False
print("bin agreement", ok)
# 2**(k-1) <= |n| < 2**k
for n in (5, 1000, 12345678901234567890, -98765):
    k = n.bit_length()
    print(k, 2 ** (k - 1) <= abs(n) < 2 ** k)
print(True.bit_length(), False.bit_length())
print(int.bit_length(1024))
try:
    int.bit_length(1.0)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    (5).bit_length(1)
except TypeError as e:
    print("TypeError", type(e).__name__)
x = 1
lens = []
for i in range(70):
    lens.append(x.bit_length())
    x <<= 1
print(lens)
