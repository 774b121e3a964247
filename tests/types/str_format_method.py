# str.format: auto and manual numbering, keywords, attributes, indexing, conversions
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0} and {who}".format("me", who="you"))
print("{{literal}} {} {{}}".format(5))
print("{0[0]} {0[2]} {1[k]}".format([10, 20, 30], {"k": "v"}))
print("{0[1][0]}".format([[1], [2, 3]]))
print("{a[0]}{a[1]}".format(a="xy"))

class P:
    x = 3
    y = "why"
    def __init__(self):
        self.inner = self
print("{0.x} {0.y} {p.inner.x}".format(P(), p=P()))
print("{!r} {!s} {!a}".format("hi", "hi", "héllo"))
print("{0!r:>10}|{0!s:<6}|".format("ab"))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:{w}}|{:{f}^{w}}|".format("a", "b", w=5, f="*"))
print("{0:{1}.{2}f}".format(3.14159, 8, 3))
print("{}".format(None), "{}".format([1, "a"]), "{}".format((1,)), "{}".format({"a": 1}))
print("".format(), "plain".format(1, 2, k=3))

class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"
print("{:abc} {} {:>5}".format(Fmt(), Fmt(), Fmt()))
print("{0:d} {0:x} {0:b}".format(255))
errs = ["{", "}", "{0", "{:", "{0!x}", "{a", "{}{0}", "{0}{}"]
for f in errs:
    try:
        f.format(1, 2)
    except ValueError as e:
        print("ValueError", repr(f), e)
try:
    "{5}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{}{}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{missing}".format(a=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{0.nope}".format(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError", e)
try:
    "{:s}".format(1)
except ValueError as e:
    print("ValueError", e)
print("{0}{0}{0}".format("ab"), "{:}".format(7))
