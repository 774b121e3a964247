# match groups: group(n), group(name), groups(default), groupdict, span/start/end of groups, lastindex
import re
m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?", "2024-05 rest")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3), m.group("year"), m.group("month"), m.group("day"))
print(m.group(1, 2), m.group("year", 0), m.groups(), m.groups("none"), m.groupdict(), m.groupdict("-"))
print(m.span(), m.span(1), m.span("month"), m.span(3), m.start(2), m.end(2), m.start(4), m.end("day"))
print(m[0], m[1], m["month"], m.lastindex, m.lastgroup, m.re.groupindex["day"])
m2 = re.search(r"(a)(b(c))(d)?", "xabcx")
print(m2.groups(), m2.lastindex, m2.lastgroup, m2.group(3), m2.span(2))
m3 = re.match(r"(a)|(b)", "b")
print(m3.groups(), m3.group(1), m3.group(2), m3.lastindex)
m4 = re.match(r"(a)+", "aaa")
print(m4.group(1), m4.span(1))
m5 = re.match(r"(?:x)(y)", "xy")
print(m5.groups(), m5.group(1))
for bad in (5, "nope", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m.span(9)
except IndexError as e:
    print("IndexError", e)
print(re.compile(r"(?P<a>x)(?P<b>y)").groupindex["b"], re.compile(r"(a)(?P<n>b)").groups)
m6 = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m6.group(0), m6.expand(r"\2, \1"), m6.expand(r"\g<1>!"))
m7 = re.match(r"(?P<x>a)(?P=x)", "aab")
print(m7.group(), re.match(r"(a)\1", "ab"))
print(re.match(r"()", "").groups(), re.match(r"(a*)", "b").group(1) == "", re.match(r"(a*)", "b").span(1))
