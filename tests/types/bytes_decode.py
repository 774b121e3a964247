# bytes.decode and bytearray.decode: encodings, error handlers, UTF-8 validity
samples = [b"", b"ascii", b"caf\xc3\xa9", b"\xe2\x82\xac", b"\xf0\x9f\x98\x80", b"\xc2\x80\xdf\xbf",
           b"\xe0\xa0\x80\xef\xbf\xbf", b"\xf4\x8f\xbf\xbf"]
for b in samples:
    s = b.decode()
    print(b, len(b), len(s), ascii(s), s.encode() == b)
print(bytearray(b"caf\xc3\xa9").decode(), bytearray(b"x").decode("ascii"))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("latin1"), b"\xff\xfe".decode("latin-1"))
invalid = [b"\x80", b"\xbf", b"\xc0\x80", b"\xc1\xbf", b"\xe0\x80\x80", b"\xed\xa0\x80",
           b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80", b"\xff", b"abc\xe2\x82", b"\xc3"]
for b in invalid:
    try:
        b.decode("utf-8")
        print("accepted", b)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", b, e.start, e.end)
    print("  ignore", ascii(b.decode("utf-8", "ignore")), "replace", ascii(b.decode("utf-8", "replace")))
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end, e.reason)
try:
    b"abc".decode("nope")
except LookupError as e:
    print("LookupError", e)
try:
    b"abc".decode(1)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(b"abc".decode(encoding="utf-8", errors="strict"), str(b"\xc3\xa9", "utf-8", "strict"))
print(b"x\xffy".decode("ascii", "replace"), b"x\xffy".decode("ascii", "ignore"))
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "r"), ValueError))
mixed = "naïve café 😀".encode()
print(len(mixed), mixed.decode(), mixed[:2].decode(), mixed[-4:].decode())
try:
    mixed[:3].decode() + mixed[3:4].decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end)
