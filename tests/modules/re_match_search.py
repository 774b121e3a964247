# re.match, re.search, re.fullmatch and compiled pattern methods with pos/endpos
import re
def show(m):
    return None if m is None else (m.group(), m.span())
print(show(re.match(r"ab", "abc")), show(re.match(r"bc", "abc")), show(re.search(r"bc", "abc")), show(re.search(r"x", "abc")))
print(show(re.fullmatch(r"a.c", "abc")), show(re.fullmatch(r"a.", "abc")), show(re.fullmatch(r"a.*", "abc")), show(re.fullmatch(r"", "")))
print(show(re.match(r"", "abc")), show(re.search(r"$", "abc")), show(re.search(r"c|b", "abc")), show(re.match(r"a*", "bbb")))
p = re.compile(r"\d+")
print(show(p.match("123abc")), show(p.match("abc123")), show(p.search("abc123def")), show(p.fullmatch("456")), show(p.fullmatch("45x")))
print(show(p.search("a1b22c333", 3)), show(p.search("a1b22c333", 3, 4)), show(p.match("ab12", 2)), show(p.fullmatch("x99y", 1, 3)))
print(p.pattern, type(p).__name__, p.groups, re.compile(r"(a)(b)?").groups)
m = re.search(r"o", "hello world")
print(m.start(), m.end(), m.span(), m.group(0), m.string, m.re.pattern, m.pos, m.endpos)
print(bool(re.match("x", "x")), bool(re.match("x", "y")), re.match("x", "y") is None)
print(show(re.search("é+", "caféé!")), show(re.match(".", "€uro")), show(re.search("😀", "a😀b")))
print(show(re.search(b"\\d+", b"ab12")), type(re.search(b"\\d+", b"ab12").group()).__name__)
print(re.compile("abc") is not None, re.compile(p) is p, show(re.search(p, "zz9")))
print(show(re.search("a.c", "a\nc")), show(re.search("a.c", "abc\n")), show(re.match("\\w+", "hello_1 world")))
try:
    re.search(b"a", "a")
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    re.match("a", b"a")
except TypeError as e:
    print("TypeError", type(e).__name__)
words = ["apple", "banana", "cherry", "avocado"]
print([w for w in words if re.match("a", w)], [w for w in words if re.search("an", w)])
