# str.rsplit: splits from the right, differs from split only with maxsplit
s = "a b  c   d"
print(s.rsplit(), s.rsplit(None, 1), s.rsplit(None, 2), s.rsplit(maxsplit=0))
print(s.rsplit(" "), s.rsplit(" ", 1), s.rsplit(" ", 3))
print("a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2), "a,b,c,d".rsplit(",", -1))
print("  x  y  ".rsplit(None, 1), "  x  y  ".rsplit(" ", 1), "".rsplit(), "".rsplit(","))
print("aaa".rsplit("a"), "aaa".rsplit("aa"), "aaa".split("aa"), "aaaa".rsplit("aa", 1))
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1), "file".rsplit(".", 1))
print("ü-ä-ö".rsplit("-", 1), "x€y€z".rsplit("€", maxsplit=1), "x y".rsplit(sep=" "))
try:
    "ab".rsplit("")
except ValueError as e:
    print("ValueError", e)
try:
    "ab".rsplit(None, None)
except TypeError as e:
    print("TypeError", e)
for k in range(-1, 5):
    print(k, "1.2.3.4".split(".", k), "1.2.3.4".rsplit(".", k))
print("a b c".rsplit() == "a b c".split())
print("\ta\tb\t".rsplit(None, 1), "\ta\tb\t".rsplit("\t", 1))
print("12:34:56".rsplit(":", 1)[0], "12:34:56".rsplit(":", 1)[-1])
print(str.rsplit("a b", " "), len("x,".rsplit(",")))
