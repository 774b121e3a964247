# format(): default spec, per-type specs, __format__ dispatch, errors
print(format(5), format(5, ""), format(5, "03"), format(3.14159, ".2f"), format("s", ">3"), format(True), format(None))
print(format(255, "x"), format(255, "#b"), format(1234567, ","), format(0.5, "%"), format(12, "^6") + "|")
print(format([1, 2]), format((1,)), format({"a": 1}), format(b"x"))
print(format(1e100), format(-0.0), format(2 ** 70), format(1.5, "e"))

class Celsius:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.v * 9 / 5 + 32, spec[:-1] or "") + "F"
        return format(self.v, spec) + "C"

c = Celsius(100)
print(format(c), format(c, ".1f"), format(c, "F"), format(c, ".0fF"), f"{c:>6}", "{:F}".format(c))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError", e)
try:
    format(1, "q")
except ValueError as e:
    print("ValueError", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    format()
except TypeError as e:
    print("TypeError", e)
try:
    format(1, "", "")
except TypeError as e:
    print("TypeError", e)
print(type(format(1)).__name__, format(1) == str(1), format(1.0) == str(1.0), format("x") == "x")
print([format(i, "02x") for i in (0, 9, 10, 255)], "".join(format(b, "08b") for b in b"\x05\xa0"))
print(format(-42, "+"), format(42, "+"), format(42, " "), format(-42, "=+6"), format(42, "*<+6"))
