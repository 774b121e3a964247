# binascii.b2a_base64 (with newline kwarg) and a2b_base64, padding and invalid input
import binascii
for raw in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], b"\xff\xfe\xfd", "é€".encode()):
    enc = binascii.b2a_base64(raw)
    print(raw[:12], enc, binascii.a2b_base64(enc) == raw)
print(binascii.b2a_base64(b"abc", newline=False), binascii.b2a_base64(b"", newline=False), binascii.b2a_base64(b"abcd", newline=True))
print(binascii.a2b_base64(b"Zm9vYmFy"), binascii.a2b_base64("Zm9v"), binascii.a2b_base64(b"Zm9vYg=="), binascii.a2b_base64(b"Zm9vYmE="))
print(binascii.a2b_base64(b"Zm9v\nYmFy\n"), binascii.a2b_base64(b"  Zm9v  "), binascii.a2b_base64(b"Zm9v!YmFy"), binascii.a2b_base64(b""))
print(binascii.a2b_base64(b"+/+/"), binascii.b2a_base64(b"\xfb\xff\xbf"))
for bad in (b"Zm9vY", b"Zm9vYmF", b"Z", b"Zm9vY==="[:5]):
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error as e:
        print("binascii.Error", repr(bad))
try:
    binascii.b2a_base64("str")
except TypeError as e:
    print("TypeError", type(e).__name__)
big = bytes(i % 251 for i in range(300))
enc = binascii.b2a_base64(big, newline=False)
print(len(enc), enc[:20], enc[-8:], binascii.a2b_base64(enc) == big)
print(type(binascii.b2a_base64(b"x")).__name__, binascii.b2a_base64(b"x").endswith(b"\n"))
