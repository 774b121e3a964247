# str.isdecimal isdigit isnumeric on ASCII strings
samples = ["", "0", "0123456789", "12a", "-1", "+1", "1.5", " 1", "1 ", "1e5",
           "0x1f", "9" * 50, "1_000", "\t", "42"]
for s in samples:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric())
print([c for c in "a1b2c3" if c.isdigit()])
print(sum(int(c) for c in "x9y8z7" if c.isdecimal()))
print("123".isdigit() and int("123") == 123)
vals = ["12", "x", "7", "", "003"]
print([int(v) for v in vals if v.isdigit()])
for c in range(48, 58):
    s = chr(c)
    print(s, s.isdecimal(), s.isdigit(), s.isnumeric(), end="; ")
print()
try:
    "1".isdigit(2)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(str.isnumeric("42"), str.isdecimal("4.2"))
print("12" + "34" == "1234", ("12" + "34").isdigit())
print("digits" + "0".zfill(3), "00".isdigit())
print(all(ch.isdigit() for ch in "2024"), any(ch.isdigit() for ch in "abc"))
print([s for s in ("1", "x", "", "22") if s.isnumeric()])
