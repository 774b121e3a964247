# str(): of every type, __str__ vs __repr__, bytes with encoding, errors
print(str(), str(1), str(-2.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": 1}), str({1}), str(b"x"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"), str(bytearray(b"hi"), "ascii"))
print(str(str), str(1e22), str(10 ** 25), str(range(2)), str(slice(1)), str(frozenset()), str(float("nan")))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class Both:
    def __str__(self):
        return "Both.str"
    def __repr__(self):
        return "Both.repr"

print(str(OnlyRepr()), str(Both()), repr(Both()), str([Both()]), "%s %r" % (Both(), Both()), f"{Both()} {Both()!r}")

class BadStr:
    def __str__(self):
        return 42

try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError", e)
try:
    str("s", "utf-8")
except TypeError as e:
    print("TypeError", e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", type(e).__name__)
try:
    str(b"x", "bogus-enc")
except LookupError as e:
    print("LookupError", e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", type(e).__name__)

class MyStr(str):
    def shout(self):
        return self.upper() + "!"

m = MyStr("hey")
print(m, m.shout(), type(m).__name__, str(m), type(str(m)).__name__, m == "hey", len(m), m + "x", type(m + "x").__name__)
print(str(object=5), str(object="kw"), type(str()).__name__, str("same") == "same")
