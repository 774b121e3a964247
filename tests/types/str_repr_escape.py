# repr() and ascii() of strings: quote choice and escapes
for s in ("plain", "it's", 'say "hi"', "both ' and \"", "", "\\", "\n\t\r", "\x00\x01\x1f\x7f",
          "\x80\x9f\xa0", "é", "€", "𝄞", "tab\there", "a\\nb", "\x0b\x0c"):
    print(repr(s), ascii(s), len(repr(s)))
print(repr("'"), repr('"'), repr("'\""), repr("\"'"))
print(str(repr("x")), repr(repr("x")), repr(str("x")))
print(["a", "é", "'"], ("\n",), {"k\t": "v\x00"})
print(ascii(["é", "x"]), ascii({"€": 1}), ascii(1.5), ascii(None))
print(eval(repr("mixed ' \" \\ \n é €")) == "mixed ' \" \\ \n é €")
print(repr("\x1b[31m"), repr("\x9b"), repr("\u0100"), repr("\u4e2d"))
print(repr(chr(0xe000)), repr(chr(0x10ffff)), repr(chr(0xa0)), repr(chr(0xff)))
ok = True
for cp in range(0, 0x250):
    c = chr(cp)
    if eval(repr(c)) != c or eval(ascii(c)) != c:
        ok = False
print("eval round trip", ok)
print(f"{'q'!r}", f"{'é'!a}", "%r" % "é", "%a" % "é")
class R:
    def __repr__(self):
        return "R('é')"
print(repr(R()), ascii(R()), str(R()), [R()], ascii([R()]))
