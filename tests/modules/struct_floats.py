# struct: f d and e (half) float formats, rounding, special values
import struct
for v in (0.0, -0.0, 1.0, -1.5, 0.1, 3.141592653589793, 1e10, 1e-10, 65504.0, float("inf"), float("-inf")):
    bf = struct.pack("<f", v)
    bd = struct.pack("<d", v)
    print(v, bf.hex(), bd.hex(), struct.unpack("<f", bf)[0], struct.unpack("<d", bd)[0] == v)
nan = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(nan != nan, struct.unpack("<f", struct.pack("<f", float("nan")))[0] != nan)
print(struct.pack(">d", 1.0), struct.pack(">f", -2.0), struct.unpack(">f", b"\x3f\xc0\x00\x00"), struct.unpack("<d", bytes(8)))
for v in (0.0, 1.0, -2.0, 0.5, 65504.0, 0.333, 1e-5, float("inf")):
    b = struct.pack("<e", v)
    print("half", v, b.hex(), struct.unpack("<e", b)[0])
print(struct.calcsize("<e"), struct.calcsize("<f"), struct.calcsize("<d"), struct.calcsize("<fd"))
print(struct.pack("<f", 1), struct.pack("<d", True), struct.pack("<f", 2 ** 100 + 0 * 1.0))
try:
    struct.pack("<f", 1e39)
except OverflowError as e:
    print("OverflowError", e)
try:
    struct.pack("<e", 70000.0)
except OverflowError as e:
    print("OverflowError", e)
try:
    struct.pack("<d", "1.0")
except struct.error as e:
    print("struct.error", e)
print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.unpack("<f", struct.pack("<f", 16777217.0))[0])
print(struct.unpack("<2d", struct.pack("<2d", 1.25, -8.5)), struct.unpack(">ff", struct.pack(">ff", 3.5, 1e-3)))
print(struct.pack("<f", 1.401298464324817e-45).hex(), struct.unpack("<f", bytes.fromhex("01000000"))[0])
