# chr() and ord() builtins: ranges, errors, round trips
print(chr(0) == "\x00", chr(32), chr(65), chr(126), repr(chr(127)), chr(0xe9), chr(0x3b1), chr(0x20ac), chr(0x1f600))
print(ord("A"), ord("\n"), ord("é"), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"\xff")))
print([chr(c) for c in range(97, 123)] == list("abcdefghijklmnopqrstuvwxyz"))
print("".join(chr(ord(c) - 32) for c in "upper"))
print(sum(map(ord, "sum")), max(map(ord, "hello")), chr(max(map(ord, "hello"))))

class I:
    def __index__(self):
        return 66

print(chr(I()), repr(chr(True)))
for bad in (-1, 0x110000, 1 << 31):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
for bad in ("a", 1.0, None):
    try:
        chr(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in ("", "ab", b"ab", 65, None, ["a"]):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    chr()
except TypeError as e:
    print("TypeError", e)
try:
    ord("a", "b")
except TypeError as e:
    print("TypeError", e)
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) for c in "xyzabc")
print(caesar)
print([ord(c) for c in "añ€"], [chr(n) for n in [97, 241, 8364]])
