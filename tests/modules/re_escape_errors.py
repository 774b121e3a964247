# re.escape and re.error for bad patterns
import re
for s in ("abc", "a.b", "1+1=2", "(x)", "[a-z]", "^$", "a|b", "100%", "tab\t", "é", "a b", "_-", "{1,2}", "\\", "*?+"):
    e = re.escape(s)
    print(repr(s), repr(e), re.fullmatch(e, s) is not None)
print(re.escape(b"a.b*c"), re.fullmatch(re.escape(b"a.b*c"), b"a.b*c") is not None)
text = "price: $5.00 (approx.)"
print(re.findall(re.escape("$5.00"), text), re.sub(re.escape("(approx.)"), "[~]", text))
bad = ["(", ")", "[", "a**", "?", "(?P<1>x)", "(?P<n>x", "\\", "a{1,2", "[b-a]", "(?z)", "x{3,1}", "\\1", "(?P<>x)"]
for pat in bad:
    try:
        re.compile(pat)
        print("compiled", repr(pat))
    except re.error as e:
        print("re.error", repr(pat), isinstance(e, Exception))
print(issubclass(re.error, Exception), re.error.__name__)
try:
    re.compile(5)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    re.search("(", "x")
except re.error as e:
    print("caught via search", type(e).__name__)
print(re.compile("a{1,2").pattern, re.search("a{1,2", "a{1,2").group())
print(re.fullmatch(re.escape("a\nb"), "a\nb") is not None, len(re.escape("".join(chr(i) for i in range(32, 127)))) > 95)
