# Bytes literals, bytes repr, indexing and basic operations.

b = b"hello"
print(b, type(b).__name__, len(b))
print(b[0], b[-1], b[1:3], list(b[:2]))
print(b"", b"\x00", b"\xff\xfe", b"'", b'"', b"'\"")
print(repr(b"\t\n\r\x7f\x80"), b"a\\b")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("h\u00e9", "utf-8"))
print(b"ab" + b"cd", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"" in b"x")
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]), b"  pad ".strip())
print(b"Hello".upper(), b"Hello".lower(), b"hello".startswith(b"he"), b"hello".find(b"l"))
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc")
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8") == "caf\u00e9")
print(b"hello".hex(), bytes.fromhex("68 65 6c"), b"x".hex())
print(b"%d-%s" % (5, b"five"))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)

ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), bytes(ba))
print(ba.pop(), ba)
del ba[0]
print(ba, ba == b"bcde")
for byte in b"AZ":
    print(byte, chr(byte))
print(sum(b"\x01\x02\x03"), max(b"xyz"), sorted(b"cab"))
