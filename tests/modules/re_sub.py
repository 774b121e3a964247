# re.sub and re.subn: string and function replacements, backreferences, count
import re
print(re.sub(r"\d", "#", "a1b22c333"), re.sub(r"\d+", "#", "a1b22c333"), re.sub(r"x", "y", "abc"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.sub(r"(a)(b)", r"\2\1\2", "abab"))
print(re.sub(r"(?P<first>\w+)@(?P<dom>\w+)", r"\g<dom> at \g<first>", "me@home you@work"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2 3"), re.sub(r"(\d)", r"<\g<0>>", "a1b2"), re.sub("a", r"\n", "cab") == "c\nb")
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "1 2 3 4"), re.sub(r"[aeiou]", lambda m: m.group().upper(), "education"))
print(re.sub(r"a", "-", "aaaa", count=2), re.sub(r"a", "-", "aaaa", 1), re.sub(r"a", "-", "aaaa", 0))
print(re.subn(r"o", "0", "foo boo"), re.subn(r"z", "", "abc"), re.subn(r"o", "0", "foo boo", count=1))
print(re.sub(r"", "-", "abc"), re.sub(r"x*", "-", "abxd"), re.sub(r"\s+", " ", "  lots   of \t space  ").strip())
print(re.sub(r"^", "> ", "line1\nline2"), re.sub(r"(?m)^", "> ", "line1\nline2"))
p = re.compile(r"(\w)(\w*)")
print(p.sub(lambda m: m.group(1).upper() + m.group(2), "make title case"), p.subn(r"\2", "ab cd"))
print(re.sub(r"(b)?c", r"[\1]", "ac bc"), re.sub("é", "e", "café é"), re.sub(b"\\d", b"N", b"a1b2"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error", type(e).__name__)
try:
    re.sub(r"(?P<x>a)", r"\g<y>", "a")
except IndexError as e:
    print("IndexError", e)
try:
    re.sub(r"a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError", type(e).__name__)
print(re.sub(r"(\d+)-(\d+)", lambda m: str(int(m.group(1)) + int(m.group(2))), "1-2, 10-20, 100-200"))
print(re.sub(r"\\", "/", r"C:\dir\file"), re.sub(r"\.", "", "1.2.3"), re.sub(r"[^a-z]", "", "a1!b@c#"))
