# struct.error messages: wrong argument counts, bad formats, wrong buffer sizes
import struct
print(issubclass(struct.error, Exception), struct.error.__name__)
cases = [
    lambda: struct.pack("<i"),
    lambda: struct.pack("<i", 1, 2),
    lambda: struct.pack("<2i", 1),
    lambda: struct.pack("<z", 1),
    lambda: struct.calcsize("<y"),
    lambda: struct.unpack("<i", b"\x00"),
    lambda: struct.unpack("<i", b"\x00" * 5),
    lambda: struct.pack("<i", "x"),
    lambda: struct.pack("<s", 1),
    lambda: struct.pack("<?", ),
]
for c in cases:
    try:
        c()
        print("no error")
    except struct.error as e:
        print("struct.error", e)
try:
    struct.pack()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    struct.pack(1, 2)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    struct.unpack("<i", "abcd")
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    struct.pack("<i", 1.0)
except struct.error as e:
    print("struct.error", e)
print(struct.calcsize(""), struct.pack(""), struct.unpack("", b""), struct.calcsize("<"))
print(struct.calcsize("< i h"), struct.pack("< B B", 1, 2))
try:
    struct.pack("<-1i", 1)
except struct.error as e:
    print("struct.error", e)
try:
    raise struct.error("custom")
except Exception as e:
    print(type(e).__name__, e)
