# bin(), oct(), hex() and the matching format codes for ints of all sizes
for n in (0, 1, -1, 7, 8, 255, -255, 4096, 2 ** 32 - 1, -(2 ** 32), 2 ** 64 + 5, -(10 ** 25)):
    print(n, bin(n), oct(n), hex(n))
    print(format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"))
    print(format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"))
print(bin(True), hex(False), oct(2 ** 100))
print(hex(2 ** 256 - 1))
# round trip through int(..., 0)
ok = True
for n in range(-1000, 1000, 37):
    for f in (bin, oct, hex):
        if int(f(n), 0) != n:
            ok = False
print("round trip", ok)
print(int(hex(3 ** 90), 16) == 3 ** 90)
for bad in (1.0, "1", None, [1]):
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    bin()
except TypeError as e:
    print("TypeError", e)
try:
    oct(1, 2)
except TypeError as e:
    print("TypeError", e)
