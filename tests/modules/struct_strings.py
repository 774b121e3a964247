# struct: s and p string formats with repeat counts, padding and truncation
import struct
print(struct.pack("5s", b"abc"), struct.pack("2s", b"abcdef"), struct.pack("s", b"xyz"), struct.pack("0s", b"ab"))
print(struct.unpack("5s", b"ab\x00\x00\x00"), struct.unpack("3s2s", b"abcde"), struct.unpack("s", b"q"))
print(struct.pack("5p", b"abc"), struct.pack("3p", b"abcdef"), struct.pack("1p", b"x"), struct.unpack("5p", b"\x03abc\x00"))
print(struct.unpack("4p", b"\x09abc"), struct.calcsize("10p"), struct.calcsize("10s"), struct.calcsize("3s4s"))
print(struct.pack("<I4sH", 7, b"name", 9), struct.unpack("<I4sH", struct.pack("<I4sH", 7, b"name", 9)))
print(struct.pack("3s", bytearray(b"ba")), struct.pack("<2s2s", b"a", b"bcd"))
rec = struct.pack("<8sBf", b"sensor1", 3, 20.5)
name, chan, val = struct.unpack("<8sBf", rec)
print(rec, name.rstrip(b"\x00"), chan, val, len(rec))
for bad in ("str", 5, None):
    try:
        struct.pack("4s", bad)
    except struct.error as e:
        print("struct.error", e)
try:
    struct.pack("4p", "str")
except struct.error as e:
    print("struct.error", e)
print(struct.pack("<2B3s", 1, 2, b"xyz"), struct.unpack("<2B3s", b"\x01\x02xyz"))
print(struct.pack("10s", "é".encode()), struct.unpack("10s", struct.pack("10s", "é".encode()))[0].rstrip(b"\x00").decode())
print(struct.pack("<ss", b"a", b"b"), struct.calcsize("<ss"), struct.calcsize("<2s"))
