# str.encode / bytes.decode: the error handlers, the exception objects and their messages
s = "aé€😀b"
for enc in ("utf-8", "ascii", "latin-1", "UTF8", "Latin_1", "us-ascii", "iso-8859-1"):
    for err in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, "UnicodeEncodeError", e.encoding, ascii(e.object), e.start, e.end, e.reason, "|", e)
for data in (b"ok\xe9\xffz", b"\xc3\xa9\xe2\x82", b"\xf0\x9f\x98", b"a\xed\xa0\x80b", b"\xc3\x28"):
    for enc in ("utf-8", "ascii", "latin-1"):
        for err in ("strict", "ignore", "replace", "backslashreplace"):
            try:
                print(data, enc, err, ascii(data.decode(enc, err)))
            except UnicodeDecodeError as e:
                print(data, enc, err, "UnicodeDecodeError", e.encoding, e.object, e.start, e.end, e.reason, "|", e)
e = UnicodeDecodeError("utf-8", b"xy\xff", 2, 3, "invalid start byte")
print(e, repr(e), e.args, isinstance(e, ValueError))
e = UnicodeEncodeError("ascii", "x\u20acy", 1, 2, "ordinal not in range(128)")
print(e, e.start, e.end)
print(str(UnicodeEncodeError("ascii", "\U0001f600ab", 0, 3, "bad")), str(UnicodeDecodeError("x", b"abc", 0, 2, "r")))
for bad in (lambda: "x".encode("rot13x"), lambda: b"x".decode("nope"), lambda: "é".encode("ascii", "bogus"),
            lambda: b"\xff".decode("utf-8", "bogus"), lambda: "x".encode(errors=1), lambda: bytes("x", "ascii", 5),
            lambda: str(b"x", "ascii", "strict", 1), lambda: str("x", "utf-8"), lambda: str(5, "utf-8"),
            lambda: bytes(encoding="ascii"), lambda: bytes(5, errors="strict"), lambda: "x".encode("ascii", "bogus")):
    try:
        print(ascii(bad()))
    except (TypeError, LookupError, UnicodeError) as e:
        print(type(e).__name__, e)
