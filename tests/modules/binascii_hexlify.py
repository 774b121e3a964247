# binascii.hexlify (with sep and bytes_per_sep), unhexlify, b2a_hex/a2b_hex, errors
import binascii
data = bytes([0, 1, 0x7f, 0x80, 0xab, 0xff])
print(binascii.hexlify(data), binascii.hexlify(b""), binascii.hexlify(bytearray(b"AZ")), binascii.b2a_hex(b"\x10"))
print(binascii.hexlify(data, "-"), binascii.hexlify(data, b":"), binascii.hexlify(data, " ", 2), binascii.hexlify(data, "_", -4))
print(binascii.unhexlify(b"00017f80abff") == data, binascii.unhexlify("DEADbeef"), binascii.a2b_hex(b"4142"), binascii.unhexlify(""))
print(type(binascii.hexlify(b"x")).__name__, type(binascii.unhexlify(b"78")).__name__)
for bad in (b"0", b"abc", b"zz", b"0g", "12 34"):
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, isinstance(e, ValueError))
try:
    binascii.hexlify("text")
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    binascii.unhexlify("é")
except ValueError as e:
    print("ValueError", type(e).__name__)
print(issubclass(binascii.Error, ValueError))
ok = True
for n in range(0, 256, 5):
    b = bytes([n, 255 - n, n // 2])
    if binascii.unhexlify(binascii.hexlify(b)) != b or binascii.hexlify(b).decode() != b.hex():
        ok = False
print("round trip", ok)
print(binascii.hexlify(b"hello world").decode().upper(), binascii.hexlify(bytes(range(8)), ":", 3))
