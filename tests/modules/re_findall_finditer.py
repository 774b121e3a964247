# re.findall with 0, 1 and several groups; re.finditer match objects
import re
text = "a1 b22 c333 d4444"
print(re.findall(r"\d+", text), re.findall(r"[a-z]", text), re.findall(r"x", text), re.findall(r"", "ab"))
print(re.findall(r"([a-z])\d", text), re.findall(r"([a-z])(\d+)", text), re.findall(r"(([a-z])(\d))", "a1b2"))
print(re.findall(r"(a)|(b)", "ab"), re.findall(r"(\d)?x", "1x x"), re.findall(r"(?:ab)+", "ababxab"))
print(re.findall(r"\w+@\w+\.com", "mail a@b.com and c@d.com"), re.findall(r"(\w+)=(\w*)", "a=1&b=&c=3"))
print(re.findall(b"[0-9]", b"a1b2"), re.findall("é.", "éaéb"), re.findall(r"a*", "baaac"))
for m in re.finditer(r"(\w)(\d+)", text):
    print(m.group(), m.group(1), m.group(2), m.span(), m.start(2), m.end(1))
it = re.finditer(r"\d", "x1y2")
print(type(it).__name__ != "", [m.span() for m in it], list(it))
print([m.group() for m in re.finditer(r"", "ab")], [m.span() for m in re.finditer(r"a*", "baa")])
p = re.compile(r"o")
print(p.findall("foo boo", 3), [m.start() for m in p.finditer("foo boo", 2, 6)])
words = re.findall(r"[A-Za-z']+", "It's a dog's life, isn't it?")
print(words, len(words))
counts = {}
for w in re.findall(r"\w+", "the cat the hat the end"):
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(re.findall(r"\b\w", "first letter of each word"), re.findall(r"\d{2,3}", "1 12 123 1234 12345"))
