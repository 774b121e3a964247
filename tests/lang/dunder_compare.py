# Rich comparison methods, reflection, and the default equality.

class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("eq", self.n, getattr(other, "n", other))
        return isinstance(other, V) and self.n == other.n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
    def __le__(self, other):
        print("le", self.n, other.n)
        return self.n <= other.n
    __hash__ = None

a, b = V(1), V(2)
print(a == b, a != b)          # != falls back to not __eq__
print(a < b, a <= b)
print(a > b)                   # reflected: b < a
print(a >= b)                  # reflected: b <= a

# default equality is identity
class Plain:
    pass

p, q = Plain(), Plain()
print(p == p, p == q, p != q)

# sorting uses __lt__
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return self.s

print(sorted([Ver("1.10"), Ver("1.2"), Ver("0.9.1"), Ver("1.2.1")]))
print(max([Ver("2.0"), Ver("10.0"), Ver("9.9")]), min(Ver("3"), Ver("2.5")))

# missing comparisons raise TypeError
class NoOrder:
    pass

try:
    NoOrder() < NoOrder()
except TypeError as e:
    print("TypeError", e)
try:
    V(1) > 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

# comparisons returning non-bool values
class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __eq__(self, other):
        return [a == b for a, b in zip(self.xs, other.xs)]

print(Vec(1, 2, 3) == Vec(1, 0, 3))

# == with a different type falls back to identity when both return NotImplemented
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, Num):
            return self.v == other.v
        if isinstance(other, int):
            return self.v == other
        return NotImplemented

n = Num(3)
print(n == 3, 3 == n, n == Num(3), n == "3", "3" == n, n != 4)

# subclass reflected comparison has priority
class Base:
    def __eq__(self, other):
        return "Base.__eq__"

class Sub(Base):
    def __eq__(self, other):
        return "Sub.__eq__"

print(Base() == Sub(), Sub() == Base())
