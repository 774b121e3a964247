# format() mini-language for int: sign, alternate form, zero padding, width, types
vals = [0, 1, -1, 42, -42, 255, 65535, -65536, 10 ** 12, 2 ** 70]
for v in vals:
    print(format(v, ""), format(v, "d"), format(v, "+d"), format(v, " d"), format(v, "-d"),
          format(v, "8d"), format(v, "<8d"), format(v, "^8d"), format(v, "=8d"), format(v, "08d"))
    print(format(v, "b"), format(v, "#b"), format(v, "o"), format(v, "#o"), format(v, "x"),
          format(v, "#X"), format(v, "#010x"), format(v, "+#x"), format(v, "*=+12d"))
print(format(65, "c"), format(0x20ac, "c"), format(10, "^5c") + "|")
print(format(42, "n"), format(-1234567, "n"))
print(format(5, "e"), format(5, ".2f"), format(5, "g"), format(5, "%"), format(-3, "E"), format(7, "F"))
print(format(2 ** 60, "e"), format(10 ** 20, "g"), format(1, ".0%"))
print(format(True, "d"), format(True, ""), format(False, "05"), format(True, "x"))
for spec in ("s", ".2d", "c=5", ",c", "#c", "q"):
    try:
        print(format(42, spec))
    except ValueError as e:
        print("ValueError", repr(spec), e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError", e)
try:
    format(0x110000, "c")
except OverflowError as e:
    print("OverflowError", e)
print(f"{42:>+6}", f"{42:<+6}|", f"{-42:^7}|", f"{42:0=6}", f"{-42:0>6}")
print(f"{255:08b}", f"{255:#06x}", f"{-255:#06x}", f"{255:#o}", f"{7:03}")
width, fill = 9, "."
print(f"{12:{fill}^{width}}", f"{12:{width}x}", "{:{}{}}".format(12, ">", 6))
