# bin(), oct(), hex() builtins: values, __index__, errors
for n in (0, 1, -1, 10, -10, 255, 2 ** 40, -(2 ** 40), 2 ** 64 - 1):
    print(n, bin(n), oct(n), hex(n))

class I:
    def __index__(self):
        return 42

print(bin(I()), oct(I()), hex(I()), bin(True), hex(False))
for f in (bin, oct, hex):
    for bad in (1.0, "10", None, [1]):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, "TypeError", e)
for f in (bin, oct, hex):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
    try:
        f(1, 2)
    except TypeError as e:
        print("TypeError", e)
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-77), 0))
print(type(bin(3)).__name__, len(bin(2 ** 100)), hex(2 ** 100).count("0"))
print([hex(i) for i in range(0, 256, 37)])
print("".join(bin(ord(c))[2:].zfill(8) for c in "Hi"))
