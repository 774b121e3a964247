# bytes() and bytearray() as builtins: every argument form and keyword arguments
print(bytes(), bytes(4), bytes([1, 2]), bytes(b"x"), bytes("hé", "utf-8"), bytes("hi", encoding="ascii"))
print(bytes("aé", "ascii", "ignore"), bytes("aé", encoding="ascii", errors="replace"), bytes(range(3)))
print(bytearray(), bytearray(4), bytearray([1, 2]), bytearray(b"x"), bytearray("hé", "utf-8"), bytearray("a", encoding="ascii"))
print(bytearray(bytearray(b"copy")), bytes(bytearray(b"cast")), bytearray(bytes(2)))
src = bytearray(b"abc")
cp = bytearray(src)
cp[0] = 65
print(src, cp)
print(bytes(map(ord, "map")), bytearray(x for x in (104, 105)), bytes(reversed(b"olleh")))
for args in ((-1,), ("s",), ([1, "a"],), ([256],), (1.5,), (b"x", "utf-8"), ("x", "no-codec")):
    for f in (bytes, bytearray):
        try:
            f(*args)
        except (TypeError, ValueError, LookupError) as e:
            print(f.__name__, type(e).__name__, e)
print(isinstance(bytes(1), bytes), isinstance(bytearray(1), bytearray), type(bytes()).__name__)
print(len(bytes(10)), len(bytearray(0)), bytes(3) == b"\x00\x00\x00", bytearray(2) == b"\x00\x00")
print(bytes([65] * 3) * 2, bytearray(b"ab") * 2, b"".join([bytes([i]) for i in range(65, 70)]))

class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"

class WithIndex:
    def __index__(self):
        return 2

print(bytes(WithBytes()), bytes(WithIndex()), bytearray(WithIndex()))
try:
    bytes(1, 2)
except TypeError as e:
    print("TypeError", type(e).__name__)
