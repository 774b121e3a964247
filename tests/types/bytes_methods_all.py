# Every method bytes and bytearray share with str, with ASCII rules, and the bytes-only ones
b = b"hello World\t\xe9x"
print(b.capitalize(), b.swapcase(), b.title(), b.upper(), b.lower(), b"\xe9A".lower(), b"ABC\xc9".swapcase())
print(b.center(20, b"-"), b.ljust(16, b"."), b.rjust(16), b"x".center(4), bytearray(b"ab").center(6, bytearray(b"*")))
print(b.expandtabs(), b.expandtabs(4), b"a\tb\r\tc\n\td".expandtabs(2), b.expandtabs(tabsize=0))
print(b"a\nb\r\nc\rd\x0be\x0cf\x1cg\x85".splitlines(), b"x\r\n\ny".splitlines(True), b"".splitlines())
print(b"  a  b  ".split(), b"  a  b  ".split(None, 1), b"  a  b  ".rsplit(None, 1), b"a\x1cb\x85c".split())
print(b"a,b,,c".split(b",", 2), b"a,b,,c".rsplit(b",", 2), b"a,b".split(sep=b","), b"a,b".rsplit(maxsplit=0))
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kvw".partition(b"="), b"kvw".rpartition(b"="))
print(b"xxabcxx".strip(b"x"), b"xxabcxx".lstrip(b"xa"), b"xxabcxx".rstrip(bytearray(b"cx")), b"\x1c a \x0b".strip())
print(b"42".zfill(5), b"-42".zfill(5), b"+".zfill(3), b"abc".zfill(2), bytearray(b"7").zfill(3))
print(b"Title Case".istitle(), b"Not title".istitle(), b"UPPER 1".isupper(), b"lower 1".islower(), b"\xe9".islower())
print(b"ab12".isalnum(), b"ab".isalpha(), b"12".isdigit(), b" \t\n\r\x0b\x0c".isspace(), b"\x1c".isspace(), b"\x7f".isascii())
print(b"".isalnum(), b"".isspace(), b"".isascii(), b"".istitle(), b"".isupper())
print(b"banana".count(b"an"), b"banana".count(97), b"banana".find(b"n", 3), b"banana".rfind(110), b"banana".index(b"a", 2))
print(b"banana".rindex(b"an", 0, 4), b"banana".find(b""), b"banana".rfind(b"", 2, 4), b"banana".count(b"", 1, 3))
print(b"banana".startswith((b"x", b"ba")), b"banana".endswith(b"na", 0, 4), b"banana".startswith(b"an", 1))
print(b"a-b".replace(b"-", b"+"), b"aaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"."), bytearray(b"xy").replace(b"x", b"z"))
print(b"pre_x".removeprefix(b"pre_"), b"x.txt".removesuffix(b".txt"), b"x".removeprefix(b""), bytearray(b"ab").removesuffix(b"b"))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b", ").join([b"x", b"y"]), b"".join(iter([b"q"])))
t = bytes.maketrans(b"abc", b"ABC")
print(b"aabbcc".translate(t), b"abcabc".translate(t, b"b"), b"abc".translate(None, delete=b"a"), bytearray(b"cab").translate(t))
print(bytearray.maketrans(b"x", b"y")[120], len(bytes.maketrans(b"", b"")))
print(b"\x01\xab\xff".hex(), b"\x01\xab\xff".hex(":"), b"\x01\xab\xff\x10".hex(sep="-", bytes_per_sep=2), b"\x01\xab\xff\x10".hex(".", -3))
print(b"abcdef".hex(" ", 0), bytearray(b"\x00\x01").hex(b"|"), bytes.fromhex("0a 0B\t0c"), bytearray.fromhex(""))

class MyBytes(bytes):
    pass

m = MyBytes.fromhex("4142")
print(type(m).__name__, m, MyBytes(b"xy").upper(), type(MyBytes(b"xy").upper()).__name__)
print(b"abc" * 2, 2 * bytearray(b"ab"), b"abc"[::-1], bytearray(b"abc")[1:], b"%s=%d" % (b"k", 5), bytearray(b"%x") % 255)
for bad in (lambda: b"x".center(3, "y"), lambda: b"x".ljust(3, b"yy"), lambda: b"x".split(""), lambda: b"x".find(256),
            lambda: b"x".translate(b"short"), lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".hex("::"),
            lambda: b"x".hex("\xe9"), lambda: bytes.fromhex("1g"), lambda: b"ab".index(b"c"), lambda: b"a".join([1]),
            lambda: b"a".startswith("a"), lambda: b"a".count(b"a", "x"), lambda: b"a" * 1.5, lambda: bytearray(b"a").pop(3),
            lambda: b"%c" % 256, lambda: b"%s" % "str", lambda: b"%d" % b"1"):
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
