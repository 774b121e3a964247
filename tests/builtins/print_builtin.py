# print(): sep, end, file, flush keywords and conversion of arguments with str()
import sys
import io
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--")
print("x", end="")
print("y", end="|\n")
print(1, 2.5, None, True, [1, "s"], (1,), {"k": "v"}, b"b")
print("no", "sep", sep=None)
print("default end", end=None)
print(*range(5))
print(*"abc", sep=",")
print(*[], sep="X", end="<empty\n")
buf = io.StringIO()
print("to", "buffer", file=buf)
print("second", file=buf, end="")
print(repr(buf.getvalue()))
print("to stdout explicitly", file=sys.stdout)
print("to stdout via None", file=None)
print("flushed", flush=True)

class S:
    def __str__(self):
        return "S.__str__"
    def __repr__(self):
        return "S.__repr__"

print(S(), [S()], sep=" / ")
print("multi\nline", "arg")
print("é€😀", "tab\tsep")
for kw in ({"sep": 1}, {"end": 2}):
    try:
        print("x", **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError", e)

class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

c = Collect()
print("a", "b", sep="+", end="!", file=c)
print(c.parts)
print(print("inner") is None)
sys.stdout.write("write returns count\n")
