# quantifiers * + ? {m} {m,} {,n} {m,n} greedy and non-greedy, backtracking
import re
s = "aaaa"
for pat in ("a*", "a+", "a?", "a{2}", "a{2,}", "a{,3}", "a{1,3}", "a*?", "a+?", "a??", "a{2,}?", "a{1,3}?", "a{0}"):
    print(pat, re.match(pat, s).group(), re.findall(pat, s))
html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.*>", html), re.findall(r"<.*?>", html), re.findall(r"<(\w+)>.*?</\1>", html))
print(re.match(r"(a+)(a+)", "aaaa").groups(), re.match(r"(a+?)(a+)", "aaaa").groups(), re.match(r"(a*)(a*)", "aaa").groups())
print(re.match(r"a{3}", "aa"), re.match(r"\d{2,4}", "12345").group(), re.match(r"\d{2,4}?", "12345").group())
print(re.findall(r"x{2}y?", "xxyxxxxy"), re.findall(r"(ab){2}", "ababab"), re.findall(r"[0-9]{3}-[0-9]{4}", "555-1234 55-123"))
print(re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}", "192.168.0.1") is not None, re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}", "1.2.3"))
print(re.match(r"a{,}", "aaa").group(), re.match(r"a{2,2}", "aaa").group(), re.findall(r"\w+?", "abc"))
print(re.match(r"(.*)-(.*)", "a-b-c").groups(), re.match(r"(.*?)-(.*)", "a-b-c").groups())
print(re.search(r"\d+?$", "abc123").group(), re.search(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(?:a{1}){2}", "aaa").group(), re.match("x*y*z*", "").span())
for bad in (r"*a", r"a**", r"a{2,1}", r"+", r"?x"):
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error as e:
        print("re.error", bad, type(e).__name__)
print(re.findall(r"a{2", "a{2"), re.findall(r"{", "{}"), re.findall(r"a{x}", "a{x}"))
