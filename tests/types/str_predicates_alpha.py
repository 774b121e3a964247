# str.isalnum isalpha isascii isspace on ASCII strings and edge cases
samples = ["", "abc", "ABC", "abc123", "123", "abc def", " ", "\t\n\r\x0b\x0c", "a_b",
           "a-b", "!", "\x00", "\x7f", "Zz9", "  x  ", "e\u0301", "é", "\x1c\x1d\x1e\x1f",
           "\x85", "ABCxyz"]
for s in samples:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isspace())
print("".isascii(), "\x7f".isascii(), "\x80".isascii(), "abc€".isascii())
for c in range(0, 128, 1):
    ch = chr(c)
    flags = (ch.isalnum(), ch.isalpha(), ch.isspace(), ch.isdigit(), ch.isupper(), ch.islower())
    if c % 16 == 0:
        row = []
    row.append("".join("1" if f else "0" for f in flags))
    if c % 16 == 15:
        print(c - 15, " ".join(row))
try:
    "a".isalpha(1)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(str.isalpha("xyz"), str.isspace(" "), str.isalnum("a1"))
