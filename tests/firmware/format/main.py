# Formatting with frozen format strings and specs, and numbers parsed from frozen text: on the
# board these literals are in flash, where strformat.c, objint.c, objfloat.c and dtoa.c (built
# without -mforce-l32) read a RAM copy (gc_bytes_in_ram); the test makes every byte load from
# them fault and counts none.  The same for bytes constants (objbytes.c, bytesmethods.c).
start = "format-start"
n, x, name = 42, -3.25, "caf\u00e9"
print("%s|%5d|%-6s|%+.3f|%x|%#o|%c|%%" % (start, n, name, x, 255, 8, 65))
print("%(a)s and %(b)04d" % {"a": "A", "b": 7})
print("{} {:>8} {:^9.2f} {:_b} {!r:>12}".format(n, name, x, 1023, name))
print("{0[1]} {k.real:+} {{}}".format([10, 20], k=2))
print(f"{n:08.3f}|{x:e}|{name!a}|{n:,}|{1e300 * 10:>6}|{-0.0:z.1f}")
print(format(12345.678, ",.2f"), format(255, "#06x"), format("ab", "*^7"), format(97, "c"))
print(b"%s=%d" % (b"k", 5), b"%c%c" % (b"x", 121))
for spec in ("<4", ">+6.1f", "=10,", "x"):
    print(repr(format(3, spec) if spec != ">+6.1f" else format(2.5, spec)))
for bad in ("%d", "{0:q}", "{"):
    try:
        print(bad % "s" if bad == "%d" else bad.format(1))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(int("12_345"), int(" -0x1f ", 16), int("0b101", 0), float("-1.5e3"), float(" inf "), float("nan"))
print(float.fromhex("0x1.8p1"), int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\xff\xfe", "little", signed=True))
print(complex("1+2j"), complex(" -3.5j "), int("7"), float("8"))
raw = b"\x00A\xffq\xc3\xa9"
print(raw[1], raw[-1], list(raw), raw[::2], raw[1:4], repr(raw), raw.hex(), raw.hex(":", 2), memoryview(raw)[2])
print(raw[4:].decode(), raw.decode("latin-1"), raw.decode("ascii", "replace"), raw.decode("utf-8", "backslashreplace"))
print(b"abc".translate(bytes.maketrans(b"ab", b"xy"), b"c"), bytes.fromhex("de ad be ef"), "caf\u00e9".encode())
print("format-end")
