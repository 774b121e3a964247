# str.format: positional, numbered, named, attribute and index fields.

print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{x} {y}".format(x=1, y=2))
print("{0} {name}".format("pos", name="kw"))
print("{{}} {{{0}}}".format("braces"))

class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]

p = P()
print("{0.x} {0.items[1]} {1[key]} {2[0]}".format(p, {"key": "v"}, "str"))
print("{p.x}-{d[a]}".format(p=p, d={"a": "A"}))

# format specs and conversions
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:,} {:x} {:#b} {:e}".format(3.14159, 5, 1234567, 255, 5, 1500.0))
print("{0!r} {0!s} {0!a}".format("\u00e9"))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{:*^{}}".format("mid", 9))

# format() with objects that define __format__
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return "%.1fF" % (self.c * 9 / 5 + 32)
        return "%.1fC" % self.c

t = Temp(20)
print("{} {:F} {t:F}".format(t, t, t=t), format(t, "F"), f"{t:F}")

# errors
for fmt, args, kwargs in (("{}", (), {}), ("{0} {}", (1, 2), {}), ("{name}", (), {}),
                          ("{0.missing}", (1,), {}), ("{:d}", ("s",), {})):
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__)

# format_map and repeated use
template = "{greeting}, {name}!"
for name in ("Ann", "Bo"):
    print(template.format(greeting="Hi", name=name))
print("{a}{b}".format_map({"a": 1, "b": 2}))
