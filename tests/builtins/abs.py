# abs(): ints, big ints, floats, bools, special values, __abs__, errors
print(abs(0), abs(5), abs(-5), abs(-0), abs(True), abs(False))
print(abs(2 ** 100), abs(-(2 ** 100)), abs(-(2 ** 63)), abs(-(2 ** 31)))
print(abs(1.5), abs(-1.5), abs(-0.0), abs(0.0), abs(float("-inf")), abs(float("nan")))
print(type(abs(-3)).__name__, type(abs(-3.0)).__name__, type(abs(True)).__name__)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

print(abs(Vec(3, 4)), abs(Vec(0, 0)))

class Weird:
    def __abs__(self):
        return "weird"

print(abs(Weird()))
for bad in ("1", None, [1], (1,), {}):
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    abs()
except TypeError as e:
    print("TypeError", e)
try:
    abs(1, 2)
except TypeError as e:
    print("TypeError", e)
vals = [-3, 2, -1.5, 0, 10 ** 20, -(10 ** 20)]
print([abs(v) for v in vals], sorted(vals, key=abs), max(vals, key=abs))
print(abs(-7) == 7 == abs(7), abs(3 - 10), abs(10 - 3))
print(sum(abs(x) for x in range(-5, 6)))
