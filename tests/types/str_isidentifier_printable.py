# str.isidentifier and str.isprintable
for s in ("abc", "_", "_x1", "1abc", "a b", "", "class", "None", "a-b", "a.b", "x1y2",
          "__", "__init__", "a1_", "$x", "Z", "A", "a\n", " a", "a\t"):
    print(ascii(s), s.isidentifier())
for s in ("abc", "", " ", "a\tb", "a\nb", "\x00", "\x7f", "~!@#", "line\r", "\x1b[0m",
          "tab\there", "x\x0b", "quote'\"", "back\\slash"):
    print(ascii(s), s.isprintable())
printable = [c for c in range(128) if chr(c).isprintable()]
print(len(printable), printable[0], printable[-1])
print(str.isidentifier("ok"), "ok".isidentifier() and not "ok!".isidentifier())
keywords = ["if", "for", "True", "lambda"]
print([k.isidentifier() for k in keywords])
try:
    "a".isidentifier(1)
except TypeError as e:
    print("TypeError", type(e).__name__)
names = ["valid_name", "2bad", "also valid", "_ok", "ok2"]
print([n for n in names if n.isidentifier()])
print(repr("\x7f"), repr("\x1f"), repr(" "), repr("~"))
ids = [chr(c) for c in range(128) if chr(c).isidentifier()]
print(len(ids), "".join(ids))
print(["_" + chr(c) for c in range(48, 58) if ("_" + chr(c)).isidentifier()] == ["_" + str(d) for d in range(10)])
