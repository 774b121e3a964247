# lookahead (?=...) and negative lookahead (?!...), non-capturing groups, backreferences
import re
print(re.findall(r"\w+(?=!)", "hi! there wow!"), re.findall(r"\d+(?!\d|px)", "10px 20em 30"))
print(re.search(r"foo(?=bar)", "foobaz foobar").span(), re.search(r"foo(?!bar)", "foobar foobaz").span())
print(re.findall(r"(?=(\w\w))", "abcd"), re.sub(r"(?=\d{3}$)", ",", "1234"), re.split(r"(?=b)", "abab"))
print(re.fullmatch(r"(?=.*\d)(?=.*[a-z])\w{6,}", "abc123") is not None, re.fullmatch(r"(?=.*\d)(?=.*[a-z])\w{6,}", "abcdef"))
print(re.findall(r"\b(?!un)\w+", "undo redo unsafe safe"), re.findall(r"q(?!u)", "qatar queen iraq"))

def commas(n):
    return re.sub(r"(\d)(?=(\d{3})+$)", r"\1,", str(n))

print(commas(1234567), commas(100), commas(1000), commas(12345678901))
print(re.match(r"(?:ab)+", "ababx").group(), re.match(r"(?:a(b))+", "abab").groups())
print(re.findall(r"(\w)\1", "aabbcdde"), re.search(r"(\w+) \1", "say hello hello world").group(1))
print(re.sub(r"(\w+) \1", r"\1", "the the cat sat sat"), re.fullmatch(r"(a|b)\1*", "aaaa") is not None)
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'quoted' rest").group(), re.match(r"(?P<q>['\"]).*?(?P=q)", '"dq" x').group())
print(re.search(r"a(?=b)b", "ab").group(), re.search(r"(?=a)a(?!a)", "aab").span())
print(re.findall(r"(?!x)\w", "xaxb"), re.findall(r"\w(?=x)", "axbxc"))
pw = ["short1", "longenough", "longenough1", "NoDigitsHere", "with space 1"]
print([p for p in pw if re.fullmatch(r"(?=.*\d)\S{8,}", p)])
try:
    re.compile(r"(?=abc")
except re.error as e:
    print("re.error", type(e).__name__)
try:
    re.compile(r"(?P<n>a)(?P<n>b)")
except re.error as e:
    print("re.error", type(e).__name__)
try:
    re.compile(r"(?P=missing)")
except re.error as e:
    print("re.error", type(e).__name__)
print(re.findall(r"\d{2}(?!\d)", "1 12 123 45"), re.sub(r"a(?!b)", "X", "abacab"))
