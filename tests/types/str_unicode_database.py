# The Unicode database behind the str methods, sampled over all planes: for each block of
# code points, a checksum of every predicate and case mapping (so that a wrong answer for
# any sampled character changes the output), plus the characters with special mappings.
def digest(lo, hi, step):
    sums = [0] * 8
    k = 0
    for cp in range(lo, hi, step):
        c = chr(cp)
        k += 1
        bits = (c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isprintable(),
                c.isspace(), c.isidentifier(), ("a" + c).isidentifier(), c.isupper(),
                c.islower(), c.istitle(), c.isalnum())
        v = 0
        for b in bits:
            v = v * 2 + (1 if b else 0)
        sums[0] = (sums[0] * 31 + v) % 1000000007
        for j, m in enumerate((c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase())):
            h = len(m)
            for ch in m:
                h = (h * 1000003 + ord(ch)) % 1000000007
            sums[j + 1] = (sums[j + 1] * 37 + h) % 1000000007
        if c.isdecimal():
            sums[6] = (sums[6] * 11 + int(c)) % 1000000007
        sums[7] = (sums[7] * 3 + (1 if c.isprintable() == (repr(c)[1:-1] == c) else 0)) % 1000000007
    return k, sums

for lo, hi, step in ((0, 0x800, 3), (0x800, 0x3400, 13), (0x3400, 0xA000, 257), (0xA000, 0x10000, 29),
                     (0x10000, 0x20000, 97), (0x20000, 0x110000, 8191)):
    print(hex(lo), hex(hi), step, digest(lo, hi, step))

# full (several code point) mappings and the context-dependent final sigma
for w in ("ß", "ŉ", "ǰ", "ΐ", "ﬀ", "ﬃ", "ﬅ", "ᾀ", "ᾈ", "ᾲ", "ῷ", "ẞ", "İ", "և", "ǅ", "ǆ", "ǈ", "ǋ"):
    print(ascii(w), ascii(w.upper()), ascii(w.lower()), ascii(w.title()), ascii(w.casefold()),
          ascii(w.capitalize()), ascii(w.swapcase()))
for w in ("ΣΑΣ", "ΑΣ.", "Σ", "ΑΣ'Σ", "ΑΣ' Σ", "Α\u0301Σ", "ΑΣ\u0301", "ΑΣ\u0301Β", "'Σ", "ΑΣΑ", "ΑΣ ΑΣ"):
    print(ascii(w), ascii(w.lower()), ascii(w.title()), ascii(w.capitalize()), ascii(w.swapcase()))
# cased letters without a case mapping and titlecase letters
for w in ("ℂ", "ϒ", "𝐀", "𝐚", "ª", "ǅ", "ᾼ", "ʰ", "Ⓐ", "ⓐ", "Ⅷ", "ⅷ", "ǅA", "Aǅ"):
    print(ascii(w), w.isupper(), w.islower(), w.istitle(), ascii(w.swapcase()))
# digits of other scripts in int() and float()
print(int("٣٤"), int("１２３"), int("\u0e52\u0e53", 8), float("١٫٥".replace("٫", ".")), int(" ߁߂ "))
