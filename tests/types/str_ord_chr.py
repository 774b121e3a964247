# ord and chr across the whole code point range, including non-ASCII
for c in ("a", "A", "0", " ", "\n", "\x00", "\x7f", "\x80", "é", "ÿ", "Ā", "€", "\uffff", "𝄞", "\U0010ffff"):
    print(ascii(c), ord(c), hex(ord(c)), chr(ord(c)) == c, len(c.encode()))
print(chr(65), chr(97), chr(48), chr(0x20ac), chr(0x1f600), chr(233), ascii(chr(0)))
print([chr(i) for i in range(65, 91)])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(ord(b"a"), ord(bytearray(b"z")), ord(b"\xff"))
for bad in (-1, 0x110000, 2 ** 40):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError", e)
    except OverflowError as e:
        print("OverflowError", type(e).__name__)
for bad in ("", "ab", b"", b"ab"):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in (1.5, "a", None):
    try:
        chr(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    ord(65)
except TypeError as e:
    print("TypeError", e)
ok = True
for cp in list(range(0, 0x800, 7)) + list(range(0xe000, 0x10000, 331)) + list(range(0x10000, 0x110000, 9973)):
    ch = chr(cp)
    if ord(ch) != cp or len(ch) != 1:
        ok = False
    if ch.encode("utf-8").decode("utf-8") != ch:
        ok = False
print("round trip", ok)
print(ord(max("hello")), ord(min("hello")), chr(ord("a") ^ 32))
print(sum(ord(c) for c in "checksum") % 256)
