# str padding: center ljust rjust zfill
for s in ("", "a", "ab", "abc", "hello", "héllo"):
    for w in (0, 1, 4, 5, 8):
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.zfill(w)))
print(repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("a".center(4, "ü")))
print(repr("x".ljust(5, ".")), repr("x".rjust(5, ".")), repr("x".rjust(-3, ".")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "--42".zfill(5), "-".zfill(3), "+".zfill(1))
print("3.14".zfill(8), "-3.14".zfill(8), "abc".zfill(6), "".zfill(3), "12345".zfill(3))
for fill in ("xy", ""):
    try:
        "ab".center(5, fill)
    except TypeError as e:
        print("TypeError", e)
try:
    "ab".ljust("5")
except TypeError as e:
    print("TypeError", e)
try:
    "ab".zfill()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    "ab".rjust(5, 1)
except TypeError as e:
    print("TypeError", e)
print(["%s|" % "ab".center(w) for w in range(2, 8)])
print(["%s|" % "abc".center(w) for w in range(3, 9)])
