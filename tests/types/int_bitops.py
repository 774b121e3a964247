# int: bitwise and, or, xor, invert on small, negative and big values
pairs = [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (255, 15)]
for a, b in pairs:
    print(a, b, a & b, a | b, a ^ b, ~a, ~b)

big = 2 ** 100 + 2 ** 50 + 1
print(big & (2 ** 64 - 1), big | 1, big ^ big, big ^ (2 ** 100))
print(~big, ~(-big), -big & 0xFFFF, -big | 1)
print((-big) & big, (-big) ^ big)
print(big & -1 == big, big | 0 == big, big & 0)
mask = (1 << 128) - 1
print(hex(-1 & mask))
print(hex((-(2 ** 70)) & mask))
print(hex(0x123456789ABCDEF0123456789 ^ 0xFEDCBA9876543210FEDCBA987))
print(hex((0xF0F0F0F0F0F0F0F0F0F0 | 0x0F0F0F0F0F0F0F0F0F0F)))
# augmented
x = 0b1100
x &= 0b1010; print(bin(x))
x |= 0b0101; print(bin(x))
x ^= 0b1111; print(bin(x))
# identities for a range of values
ok = True
for a in range(-40, 40, 3):
    for b in (-(2 ** 65) + 3, -7, 0, 5, 2 ** 65 + 11):
        if (a & b) + (a | b) != a + b:
            ok = False
        if a ^ b != (a | b) - (a & b):
            ok = False
        if ~a != -a - 1:
            ok = False
print("identities", ok)
print(bin(5 & 3), bin(5 | 3), bin(5 ^ 3), bin(~5))
print(int.bit_count(255), (2 ** 100 - 1).bit_count(), (-7).bit_count())
try:
    1 & 1.0
except TypeError as e:
    print("TypeError", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
try:
    "a" | 1
except TypeError as e:
    print("TypeError", e)
print(True & 3, False | 4, True ^ 1)
