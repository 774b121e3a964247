# str.encode and bytes.decode round trips, encodings and errors
s = "héllo wörld €𝄞"
b = s.encode()
print(b)
print(len(s), len(b))
print(s.encode("utf-8") == b, s.encode("utf8") == b, s.encode(encoding="utf-8") == b)
print(b.decode() == s, b.decode("utf-8") == s, str(b, "utf-8") == s)
print("abc".encode("ascii"), "abc".encode("latin-1"), "é".encode("latin-1"))
print("".encode(), "\x00\x7f".encode(), "\u0080".encode(), "\u07ff".encode(), "\u0800".encode())
print("\uffff".encode(), "\U00010000".encode(), "\U0010ffff".encode())
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", isinstance(e, UnicodeError), isinstance(e, ValueError))
print("aéb".encode("ascii", "ignore"), "aéb".encode("ascii", "replace"))
for bad in (b"\xff", b"\xc3", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"):
    try:
        bad.decode()
        print("decoded?")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", isinstance(e, UnicodeError), isinstance(e, ValueError))
print(b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "replace"))
print(b"\xe9t\xe9".decode("latin-1"), b"abc".decode("ascii"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
print([c for c in "€".encode()], list("𝄞".encode()))
print(bytes("abc", "utf-8"), bytearray("é", "utf-8"))
try:
    bytes("abc")
except TypeError as e:
    print("TypeError", e)
print(str(b"abc"), str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"))
