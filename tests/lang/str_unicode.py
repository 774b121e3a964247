# Non-ASCII text: length in code points, indexing, encoding, decoding.

s = "na\u00efve caf\u00e9 \u4e2d\u6587 \U0001F600"
print(s)
print(len(s), len(s.encode("utf-8")), s[2], s[-1] == "\U0001F600", s[11:13])
print([hex(ord(c)) for c in s[-4:]])
print(s.encode(), s.encode().decode() == s, "Caf\u00e9 ABC".lower()[-3:], "caf\u00e9 abc".upper()[-3:])
print("\u00e9".encode("utf-8"), b"\xc3\xa9".decode("utf-8"), "\u20ac".encode())
print(ascii(s), repr("\u00e9"), repr("\x1b"), repr("\u4e2d"))
print("\u00e9" == "e\u0301", len("e\u0301"), sorted(["\u00e9", "z", "a"]))
print("caf\u00e9".find("\u00e9"), "\u4e2d\u6587".startswith("\u4e2d"), "x\u00e9y".split("\u00e9"))
print(chr(233), chr(0x4e2d), ord("\u4e2d"), chr(0x1F600) == "\U0001F600")
print("\u00e9" * 3, "-".join("\u00e9\u00e8"), "\u00e9\u00e8"[::-1])
e_acute = "\u00e9"
print(f"{e_acute:>4}|", "%4s|" % e_acute, "{:^5}".format("\u4e2d"))
for word in ("\u00fcber", "stra\u00dfe", "\u0391\u03b8\u03ae\u03bd\u03b1"):
    print(word, len(word), len(word.encode()), word[1:], word.count(word[-1]))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", type(e).__name__, isinstance(e, ValueError))
print(b"abc".decode("ascii"), "abc".encode("ascii"))
try:
    "\u00e9".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", isinstance(e, UnicodeError))
print(str(b"\xc3\xa9", "utf-8"), bytes("\u00e9", "utf-8"), len(bytes("\u4e2d", "utf-8")))
