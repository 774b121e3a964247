# bytes() and bytearray() constructors and repr
print(bytes(), bytes(0), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(5)))
print(bytes(b"abc"), bytes(bytearray(b"xy")), bytes("é€", "utf-8"), bytes("abc", encoding="ascii"))
print(bytes(x * 2 for x in range(4)), bytes(iter([7, 8])))
print(bytearray(), bytearray(2), bytearray([0, 128, 255]), bytearray(b"abc"), bytearray("hé", "utf-8"))
print(bytearray(bytes(3)), bytearray(range(65, 70)), bytearray((i for i in (1, 2))))
print(b"", b"a'b", b'a"b', b"a'\"b", b"\x00\x7f\x80\xff", b"\t\n\r", b"\\", b"~ ")
print(repr(bytes(range(30, 40))), repr(bytearray(b"q")), repr(bytearray()))
print(bytes(range(256))[:40])
print(bytes(range(256))[120:140])
print(type(b"x").__name__, type(bytearray()).__name__, isinstance(b"", bytes), isinstance(bytearray(), bytes))
print(b"abc" == bytearray(b"abc"), bytearray(b"x") == b"x", b"a" == "a")
for bad in ([256], [-1], ["a"], [1.0], 1.5, None, "str"):
    try:
        print(bytes(bad))
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError", e)
try:
    bytearray([300])
except ValueError as e:
    print("ValueError", e)
try:
    bytes("abc", "ascii", "strict", "extra")
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    bytes(b"x", "utf-8")
except TypeError as e:
    print("TypeError", e)
print(bytes.fromhex("41 42"), bytearray.fromhex("ff00"), len(bytes(100)))

class B:
    def __bytes__(self):
        return b"custom"

print(bytes(B()), bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"))
print(type(bytearray(b"ab") + b"cd").__name__, type(b"ab" + bytearray(b"cd")).__name__)
