# format() mini-language for float: e E f F g G %, precision, sign, alternate, zero padding
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234.5678, 0.000123456, 1e16, 1.5e-10, 100.0, 2.5, 0.5]
for v in vals:
    print(format(v, ""), format(v, "f"), format(v, ".2f"), format(v, ".0f"), format(v, "e"),
          format(v, ".2E"), format(v, "g"), format(v, ".3g"), format(v, "G"), format(v, "%"),
          format(v, ".1%"), format(v, "#.0f"), format(v, "#g"), format(v, ".0e"))
for v in vals[:6]:
    print(format(v, "+.3f"), format(v, " .3f"), format(v, "10.3f") + "|", format(v, "<10.2f") + "|",
          format(v, "^10.1f") + "|", format(v, "010.3f"), format(v, "=+10.2f"), format(v, "*>12.4e"))
for v in (float("inf"), float("-inf"), float("nan")):
    print(format(v, ""), format(v, "f"), format(v, "F"), format(v, "e"), format(v, "E"),
          format(v, "g"), format(v, "G"), format(v, "+"), format(v, "08.2f"), format(v, "%"))
print(format(1 / 3, ".20f"), format(2 / 3, ".17g"), format(0.1, ".25f"))
print(format(123456789.0, ".3g"), format(123456.0, "g"), format(1234567.0, "g"), format(0.0001, "g"), format(0.00001, "g"))
print(format(1e100, "f")[:20], len(format(1e100, "f")), format(1e-7, "f"), format(5e-324, "g"))
print(format(1.0, ".0g"), format(9.99, ".2g"), format(9.95, ".2g"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1.25, ".1f"), format(1.35, ".1f"), format(2.675, ".2f"), format(1e22, "f"))
print(format(12.0, ".3"), format(12.5, ".1"), format(1e20, ".3"), format(1234.5, ".6"), format(0.5, "5"))
print(f"{3.14159:.2f}", f"{-0.001:.2f}", f"{2.5:>8.3f}|", f"{1e6:,.2f}", f"{0.25:.0%}")
for spec in ("d", "x", "c", "b", ".f", "=,fx"):
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print("ValueError", repr(spec), e)
