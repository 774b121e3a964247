# struct: integer format characters b B h H i I l L q Q with standard sizes
import struct
for fmt, vals in (("<b", (-128, 0, 127)), ("<B", (0, 255)), ("<h", (-32768, 32767)), ("<H", (0, 65535)),
                  ("<i", (-2 ** 31, 2 ** 31 - 1)), ("<I", (0, 2 ** 32 - 1)), ("<l", (-2 ** 31, 2 ** 31 - 1)),
                  ("<L", (0, 2 ** 32 - 1)), ("<q", (-2 ** 63, 2 ** 63 - 1)), ("<Q", (0, 2 ** 64 - 1))):
    for v in vals:
        b = struct.pack(fmt, v)
        print(fmt, v, b, struct.unpack(fmt, b)[0] == v, struct.calcsize(fmt))
print(struct.pack("<bBhHiIqQ", -1, 1, -2, 2, -3, 3, -4, 4))
print(struct.unpack("<bBhHiIqQ", struct.pack("<bBhHiIqQ", -1, 1, -2, 2, -3, 3, -4, 4)))
print(struct.pack(">i", 1), struct.pack(">I", 0xDEADBEEF), struct.unpack(">I", b"\xde\xad\xbe\xef"))
print(struct.pack("<?", True), struct.pack("<?", 0), struct.pack("<?", [1]), struct.unpack("<??", b"\x00\x05"))
print(struct.pack("<x"), struct.pack("<xBx", 7), struct.unpack("<xBx", b"\x00\x09\x00"), struct.calcsize("<3x"))
print(struct.pack("<3B", 1, 2, 3), struct.pack("<2h", 1, -1), struct.unpack("<4B", b"abcd"), struct.calcsize("<10q"))
print(struct.pack("<0B"), struct.unpack("<0B", b""), struct.calcsize("<0i"))

class I:
    def __index__(self):
        return 77

print(struct.pack("<B", I()), struct.pack("<Q", True))
for fmt, v in (("<b", 128), ("<b", -129), ("<B", -1), ("<B", 256), ("<h", 32768), ("<H", -1), ("<i", 2 ** 31),
               ("<I", -1), ("<q", 2 ** 63), ("<Q", -1), ("<Q", 2 ** 64)):
    try:
        struct.pack(fmt, v)
        print("packed?", fmt, v)
    except struct.error as e:
        print("struct.error", fmt, v)
for bad in (1.5, "1", None):
    try:
        struct.pack("<i", bad)
    except struct.error as e:
        print("struct.error", e)
