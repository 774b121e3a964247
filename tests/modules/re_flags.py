# re flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII and inline flags
import re
print(re.findall(r"abc", "ABC abc AbC", re.IGNORECASE), re.findall(r"(?i)abc", "ABC abc"), re.match(r"[a-z]+", "HeLLo", re.I).group())
print(re.findall(r"^\w", "a\nb\nc", re.MULTILINE), re.findall(r"^\w", "a\nb\nc"), re.findall(r"\w$", "a\nb", re.M))
print(re.search(r"a.b", "a\nb", re.DOTALL).group() == "a\nb", re.search(r"a.b", "a\nb"), re.search(r"(?s)a.b", "a\nb") is not None)
verbose = re.compile(r"""
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.match("555-1234").groups(), verbose.match("555 9876").groups(), re.match(r"(?x) a b c # comment", "abc").group())
print(re.findall(r"\w+", "héllo wörld", re.ASCII), re.findall(r"\w+", "hello world_2", re.A))
print(re.compile(r"a", re.M | re.S).flags & (re.M | re.S) == re.M | re.S, re.findall(r"(?m)a$", "a\na\nb"))
print(re.findall(r"^a.c$", "ABC\nA\nC", re.I | re.M | re.S), re.findall(r"(?im)^x", "X\nx\ny"))
print(int(re.I) == int(re.IGNORECASE), re.I | re.M == re.M | re.I, bool(re.I & re.I))
p = re.compile(r"x", re.I)
print(p.flags & re.I != 0, p.findall("xXx"), re.sub(r"a", "-", "AaA", flags=re.I), re.split(r"x", "AxBXc", flags=re.I))
print(re.sub(r"A", "b", "aAa", 1, re.I), re.subn(r"(?i)q", "", "QqQ"))
print(re.findall(r"[A-Z]", "aBc", re.I), re.match(r"(?i:a)B", "aB").group(), re.match(r"(?i:a)B", "Ab"))
print(re.fullmatch(r"yes", "YES", re.IGNORECASE) is not None, re.fullmatch(r"yes", "YES"))
