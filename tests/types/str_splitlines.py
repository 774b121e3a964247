# str.splitlines: all line boundaries, keepends
s = "line1\nline2\r\nline3\rline4"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "x\n".splitlines(), "\nx".splitlines())
print("a\r\n\r\nb".splitlines(), "a\n\rb".splitlines(), "a\r\rb".splitlines(True))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g".splitlines())
print("a\u2028b\u2029c".splitlines())
print("a\x0bb\x0cc".splitlines(True))
print("no newline".splitlines(), "trailing\r\n".splitlines(True))
print("a\n".split("\n"), "a\n".splitlines())
print("é\nü\r\nö".splitlines())
text = """first
second

fourth"""
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line))
print(len(text.splitlines()), text.splitlines()[-1])
try:
    s.splitlines("x")
except TypeError as e:
    print("TypeError", type(e).__name__)
print("".join("ab\ncd\n".splitlines(True)) == "ab\ncd\n")
print(["x" + l for l in "1\n2\n3".splitlines()])
print(str.splitlines("1\r2"), len("\r\n".splitlines()), len("\n\r".splitlines()))
print("a\tb\n".splitlines(), "a\x00b\nc".splitlines())
