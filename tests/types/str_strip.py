# str.strip lstrip rstrip with and without a character set
samples = ["  hello  ", "\t\n hi \r\n", "", "   ", "xxhixx", "no-space", " \x0b\x0cz\x1c\x1d\x1e\x1f "]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyzhizyx".strip("xyz")), repr("abc".strip("")))
print(repr("www.example.com".lstrip("w.")), repr("example.com".rstrip(".moc")))
print(repr("aaa".strip("a")), repr("abcba".strip("ab")), repr("abc".strip("xyz")))
print(repr("  x  ".strip(None)), repr("  x  ".lstrip(None)), repr("  x  ".rstrip(None)))
print(repr("ééhiéé".strip("é")), repr("€x€".rstrip("€")))
print(repr("123abc321".strip("0123456789")), repr("--==text==--".strip("-=")))
try:
    " x ".strip(1)
except TypeError as e:
    print("TypeError", e)
try:
    " x ".lstrip("a", "b")
except TypeError as e:
    print("TypeError", type(e).__name__)
lines = ["  alpha\n", "beta  \n", "\tgamma\t\n"]
print([l.strip() for l in lines], [l.rstrip("\n") for l in lines])
s = "path/to/dir///"
print(s.rstrip("/"), s.strip("/"), "///".strip("/") == "")
print("xAx".strip("x").lower(), " a b ".strip().split(" "))
