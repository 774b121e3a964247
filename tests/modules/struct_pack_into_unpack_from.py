# struct.pack_into / unpack_from with offsets, iter_unpack, Struct objects
import struct
buf = bytearray(12)
struct.pack_into("<HI", buf, 0, 0xABCD, 0x11223344)
print(buf)
struct.pack_into(">H", buf, 6, 0x0102)
struct.pack_into("<b", buf, -1, -1)
print(buf)
print(struct.unpack_from("<H", buf), struct.unpack_from("<I", buf, 2), struct.unpack_from(">H", buf, offset=6), struct.unpack_from("<b", buf, -1))
data = bytes(range(16))
print(struct.unpack_from("<4B", data, 12), struct.unpack_from("<2H", data, 1), struct.unpack_from("<Q", data, 8))
try:
    struct.pack_into("<I", buf, 10, 1)
except struct.error as e:
    print("struct.error", type(e).__name__)
try:
    struct.unpack_from("<I", data, 14)
except struct.error as e:
    print("struct.error", type(e).__name__)
try:
    struct.pack_into("<I", bytes(8), 0, 1)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    struct.unpack("<I", b"\x00\x00")
except struct.error as e:
    print("struct.error", e)
try:
    struct.unpack("<H", b"\x00\x00\x00")
except struct.error as e:
    print("struct.error", e)
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")), list(struct.iter_unpack("<BB", b"abcd")))
s = struct.Struct("<hH")
print(s.size, s.format, s.pack(-1, 1), s.unpack(b"\xff\xff\x01\x00"), s.unpack_from(b"..\x01\x00\x02\x00", 2))
b2 = bytearray(6)
s.pack_into(b2, 1, 5, 6)
print(b2, type(s).__name__)
print(struct.unpack_from("<B", b"\x07\x08", 1), struct.unpack_from("<B", bytearray(b"\x09")))
