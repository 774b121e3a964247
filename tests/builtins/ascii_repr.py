# ascii() and repr(): escaping non-ASCII, containers, user __repr__
vals = ["abc", "é", "€uro", "日本", "😀", "tab\t", "\x00", 'q"uote', "q'uote", 1, 1.5, None, True,
        [1, "é"], ("ü",), {"ö": "ä"}, b"bytes\xff", bytearray(b"\x80"), range(2), {1, 2}]
for v in vals:
    print(repr(v), ascii(v))

class R:
    def __repr__(self):
        return "R<ñ>"

class S:
    def __str__(self):
        return "S-str"

print(repr(R()), ascii(R()), str(R()), repr([R()]), ascii([R(), "€"]))
print(str(S()), repr(S()).startswith("<__main__.S object at "))

class BadRepr:
    def __repr__(self):
        return 5

try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
try:
    ascii(BadRepr())
except TypeError as e:
    print("TypeError", e)
try:
    repr()
except TypeError as e:
    print("TypeError", e)
try:
    ascii(1, 2)
except TypeError as e:
    print("TypeError", e)
print(type(ascii("é")).__name__, len(ascii("é")), len(repr("é")))
print(eval(ascii("mixé€d")) == "mixé€d", eval(repr([1, "x", (2,)])) == [1, "x", (2,)])
print(repr(-0.0), repr(1e100), repr(10 ** 25), repr(-5), repr(2.0))
print(repr(print).startswith("<built-in function print"), repr(int), repr(None), repr(...), repr(NotImplemented))
