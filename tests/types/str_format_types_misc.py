# format(): n, %, c types, default precision, format of bool/None/containers, __format__
print(format(1234567, "n"), format(1234.5, "n"), format(0.000012345, "n"), format(1e20, "n"))
print(format(0.25, "%"), format(1.0, ".0%"), format(-0.5, "+.1%"), format(2, "%"), format(1 / 3, ".3%"))
print(format(97, "c"), format(97, ">3c"), repr(format(10, "c")), format(0xe9, "c"))
print(format(True, ""), format(str(True), "s"), format(True, ".2f"), format(False, "e"))
print(format(None, ""), format([1, 2], ""), format((1,), ""), format({"a": 1}, ""))
try:
    format([1, 2], "5")
except TypeError as e:
    print("TypeError", e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return "(" + format(self.x, spec) + ", " + format(self.y, spec) + ")"
    def __str__(self):
        return "Point"

p = Point(1.5, -2)
print(format(p, ".2f"), format(p, ""), format(p, "polar"), f"{p:>6}", "{:d}".format(Point(1, 2)))
print(f"{p!s:>8}", f"{p!s:.3}", "{0!s:*^9}".format(p))

class NoFormat:
    def __str__(self):
        return "nf"

print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError", e)

class BadFormat:
    def __format__(self, spec):
        return 42

try:
    format(BadFormat())
except TypeError as e:
    print("TypeError", e)
print(format(12, ""), format(1.0, ""), format(-0.0, ""), format(1e16, ""), format(1.5e-7, ""))
print(format(0.1, ".17"), format(100.0, ".3"), format(123.456, ".4"), format(1e5, ".1"))
print(format(2 ** 100, "e"), format(2 ** 100, ".3g"), format(-(10 ** 30), ".2%"))
