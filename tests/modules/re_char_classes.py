# character classes: \d \w \s and negations, ranges, negated sets, escapes inside sets
import re
s = "aZ_9 \t\n-~.!"
for pat in (r"\d", r"\D", r"\w", r"\W", r"\s", r"\S", r"[a-z]", r"[A-Z0-9]", r"[^a-z]", r"[\d\s]", r"[^\w\s]",
            r"[-.]", r"[a\-z]", r"[]a]", r"[\]]", r"[.]", r"[\\]", r"[+-/]", r"[^\W\d]"):
    print(pat, re.findall(pat, s + "]\\"))
print(re.findall(r"[0-9a-fA-F]+", "0x1F, 0XdeadBEEF, g12"), re.findall(r"[^,\s]+", "a, b ,c"))
print(re.findall(r"[é-€]", "aé€x\u00ff"), re.findall(r"[^\x00-\x7f]", "abc€d"), re.findall(r"\s", "a\x0cb\rc"))
print(re.findall(rb"\w", b"a\xe9_1"), re.findall(rb"\s", b"a\tb\x0bc"))
print(re.findall(r"[\x41-\x43]", "ABCD"), re.findall(r"\x41\u0042\t", "AB\t"), re.findall(r"\.", "a.b.c"))
print(re.findall(r"[a-c][x-z]", "ax bz cy dx"), re.findall(r"[^abc]", "abcdef"), re.findall(r"[a-cx-z]", "abdxyw"))
print(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", "valid_Name1") is not None, re.fullmatch(r"[A-Za-z_]\w*", "9bad"))
print(re.findall(r"\bis\b", "this is his island is"), re.findall(r"\Bis\B", "this is his island"))
print(re.findall(r"[.^$*+?{}()|]", "a.b^c$d*e+f?g{h}i(j)k|l"))
try:
    re.compile(r"[z-a]")
except re.error as e:
    print("re.error", type(e).__name__)
try:
    re.compile(r"[abc")
except re.error as e:
    print("re.error", type(e).__name__)
