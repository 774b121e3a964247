# bytes methods that mirror str: find count split join strip replace case tests
b = b"Hello, World! hello"
print(b.find(b"o"), b.rfind(b"o"), b.find(b"xyz"), b.index(b"W"), b.rindex(b"l"), b.count(b"l"))
print(b.find(111), b.count(108), b.find(b"l", 5), b.find(b"l", 3, 4))
print(b.startswith(b"Hell"), b.endswith((b"x", b"llo")), b.startswith(b"World", 7))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(), b.split(b", "), b.split(b"l", 2), b.rsplit(b"l", 2), b"a\nb\r\nc".splitlines())
print(b.partition(b"o"), b.rpartition(b"o"), b.partition(b"#"))
print(b"  pad  ".strip(), b"xxpadxx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip(), b"abcba".strip(b"ab"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"aaa".replace(b"a", b"bb"))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b", ".join((b"x",)))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"-42".zfill(5))
print(b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle())
print(b"".isalpha(), b"\xe9".isalpha(), b"a b".isalpha(), b"abc".isascii(), b"\x80".isascii())
print(b"a\tb".expandtabs(4), b"prefix_x".removeprefix(b"prefix_"), b"x.bin".removesuffix(b".bin"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abcdef".translate(None, b"bdf"), b"abc".translate(t, b"a"))
print(b"a,b".split(b","), b"a  b".split(None), b"".split(), b"".split(b","))
print(bytearray(b"Mixed Case").upper(), bytearray(b" s ").strip(), bytearray(b"a-b").split(b"-"))
print(type(bytearray(b"ab").upper()).__name__, type(bytearray(b"a-b").split(b"-")[0]).__name__)
print(b"x" in b"xyz", 120 in b"xyz", b"" in b"abc", 0 in b"a\x00")
try:
    "s" in b"abc"
except TypeError as e:
    print("TypeError", e)
try:
    b.find("o")
except TypeError as e:
    print("TypeError", e)
try:
    b"-".join(["a"])
except TypeError as e:
    print("TypeError", e)
try:
    b.split(b"")
except ValueError as e:
    print("ValueError", e)
try:
    b.index(b"zz")
except ValueError as e:
    print("ValueError", e)
try:
    256 in b"abc"
except ValueError as e:
    print("ValueError", e)
print(b"abc" + b"def", b"ab" * 3, 2 * b"-", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc")
