# bytes.hex (with separators) and bytes.fromhex
data = bytes([0, 1, 15, 16, 127, 128, 254, 255])
print(data.hex(), bytearray(data).hex(), b"".hex())
print(data.hex(":"), data.hex("-", 2), data.hex(" ", -2), data.hex("_", 3), data.hex("|", -3))
print(b"\xab".hex(":"), b"abcdef".hex(b"."), data.hex(":", 8), data.hex(":", 100))
print(bytes.fromhex(""), bytes.fromhex("00ff"), bytes.fromhex("DEADbeef"), bytes.fromhex(" 01 02  03 "))
print(bytearray.fromhex("41 42 43"), type(bytearray.fromhex("")).__name__)
print(bytes.fromhex(data.hex()) == data, bytes.fromhex("0a 0b"))
for bad in ("0", "0g", "abc", "0 0", "zz", "1 23", "-1"):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print("TypeError", e)
for sep in ("::", "é", 1):
    try:
        data.hex(sep)
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", type(e).__name__)
ok = True
for n in range(0, 256, 17):
    b = bytes([n, 255 - n])
    if bytes.fromhex(b.hex()) != b or int(b.hex(), 16) != n * 256 + 255 - n:
        ok = False
print("round trip", ok)
print(bytes(range(16)).hex(" ", 4), bytes(range(16)).hex(":", -4))
print("".join("%02x" % x for x in data) == data.hex())
print(b"\x12\x34".hex().upper(), b"\x12\x34".hex(sep="-"))
