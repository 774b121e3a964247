# struct: byte order and alignment prefixes @ = < > !
import struct
v = 0x01020304
for prefix in ("<", ">", "!", "="):
    print(prefix, struct.pack(prefix + "I", v), struct.pack(prefix + "h", -2), struct.calcsize(prefix + "bi"), struct.calcsize(prefix + "bq"))
print(struct.pack(">H", 258) == struct.pack("!H", 258), struct.pack("<H", 258)[::-1] == struct.pack(">H", 258))
little = struct.pack("=I", 1)[0] == 1
print("native order matches sys.byteorder:", little == (__import__("sys").byteorder == "little"))
print(struct.calcsize("@b"), struct.calcsize("@h"), struct.calcsize("@i"), struct.calcsize("@bh"), struct.calcsize("@bi"), struct.calcsize("@hb"))
print(struct.calcsize("bi") == struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("<bi"))
print(struct.calcsize("@ib"), struct.calcsize("@bbh"), struct.calcsize("@bhi"))
data = struct.pack(">HHI", 1, 2, 3)
print(data, struct.unpack(">HHI", data), struct.unpack("<HHI", data))
print(struct.unpack(">q", b"\xff" * 8), struct.unpack("<q", b"\x00" * 7 + b"\x80"), struct.unpack(">Q", b"\x80" + b"\x00" * 7))
print(struct.pack(">f", 1.0), struct.pack("<f", 1.0), struct.pack(">d", -2.0), struct.pack("<d", 0.5))
for prefix in "<>!=":
    b = struct.pack(prefix + "hiq", -5, 70000, -(2 ** 40))
    print(prefix, len(b), struct.unpack(prefix + "hiq", b))
print(struct.pack(">bhb", 1, 2, 3), struct.pack("<bhb", 1, 2, 3))
try:
    struct.pack("<>i", 1)
except struct.error as e:
    print("struct.error", e)
try:
    struct.calcsize("i<")
except struct.error as e:
    print("struct.error", e)
print(struct.unpack("!i", struct.pack("!i", -123456)), struct.unpack(">h", b"\x80\x00"))
