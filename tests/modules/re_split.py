# re.split: plain, with capturing groups, maxsplit, empty matches
import re
print(re.split(r",", "a,b,c"), re.split(r"\s+", "a  b \t c"), re.split(r"x", "abc"), re.split(r",", ""))
print(re.split(r"(,)", "a,b,c"), re.split(r"(\d)(\w)", "x1ay2bz"), re.split(r"(a)|b", "xaybz"))
print(re.split(r",", "a,b,c,d", maxsplit=2), re.split(r",", "a,b,c,d", 1), re.split(r"(,)", "a,b,c", maxsplit=1))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."), re.split(r"\d*", "a1b"))
print(re.split(r"^", "ab"), re.split(r"\b", "hi there"), re.split(r"", "abc"))
print(re.split(r"[;,]\s*", "a; b,c ,d"), re.split(r"(?:-)+", "a--b-c"), re.split("é", "aéb"))
p = re.compile(r"[,.]")
print(p.split("1,2.3"), p.split("1,2.3", 1), re.split(b",", b"x,y"))
print(re.split(r",", ",a,"), re.split(r"(,)", ",a,"), re.split(r"\s*", " a b "))
print([s for s in re.split(r"\s*([+\-*/])\s*", "1 + 22*3 - 4") if s])
try:
    re.split(r"(", "x")
except re.error as e:
    print("re.error", type(e).__name__)
print(len(re.split(r"\n", "l1\nl2\nl3\n")), re.split(r"\n", "l1\nl2\nl3\n"))
print(re.split(r"(?=[A-Z])", "splitCamelCaseWords"))
print(re.split(r"[\s,]+", "1, 2,3   4 ,5"), re.split(r"(\s)", "a b"), re.split(r"x", "xx"))
print(re.split(r"(x)(y)?", "axbxyc"), re.split(r"and", "a and b and c"))
