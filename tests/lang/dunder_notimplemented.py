# NotImplemented: a binary method returns it to let the other operand try.

class Meter:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meter):
            return Meter(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meter(self.v + other)
        return NotImplemented
    __radd__ = __add__
    def __eq__(self, other):
        if isinstance(other, Meter):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, Meter):
            return self.v < other.v
        return NotImplemented
    def __repr__(self):
        return "Meter(%r)" % self.v

class Foot:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        if isinstance(other, Meter):
            return Meter(other.v + self.v * 0.3048)
        return NotImplemented

print(Meter(1) + Meter(2), Meter(1) + 2, 3 + Meter(1), Meter(0) + Foot(10))
try:
    Meter(1) + "x"
except TypeError as e:
    print("TypeError", e)
try:
    Foot(1) + Meter(1)
except TypeError as e:
    print("TypeError", e)

# == with NotImplemented on both sides falls back to identity
m = Meter(1)
print(m == m, m == Meter(1), m == 1, m != 1, 1 == m)

# ordering with NotImplemented on both sides raises TypeError
try:
    m < 5
except TypeError as e:
    print("TypeError", e)
print(Meter(1) < Meter(2))

# the reflected comparison is tried
class Greater:
    def __gt__(self, other):
        print("Greater.__gt__ called")
        return True

print(5 < Greater())

# NotImplemented is a singleton and is truthy-looking but should not be used as bool
print(type(NotImplemented).__name__, NotImplemented is NotImplemented)
print(repr(NotImplemented))

# builtin methods return NotImplemented for unsupported types
print((1).__add__("a"), (1).__eq__("a"), "a".__lt__(1))

# __eq__ returning NotImplemented for a subclass check
class P:
    def __eq__(self, o):
        print("P.__eq__")
        return NotImplemented

class Q:
    def __eq__(self, o):
        print("Q.__eq__")
        return NotImplemented

print(P() == Q())
