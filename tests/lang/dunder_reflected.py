# Reflected operators (__radd__ and friends) and their priority rules.

class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "R(%r)" % (self.v,)
    def __radd__(self, o): return R(("radd", o))
    def __rsub__(self, o): return R(("rsub", o))
    def __rmul__(self, o): return R(("rmul", o))
    def __rtruediv__(self, o): return R(("rtruediv", o))
    def __rfloordiv__(self, o): return R(("rfloordiv", o))
    def __rmod__(self, o): return R(("rmod", o))
    def __rpow__(self, o): return R(("rpow", o))
    def __rlshift__(self, o): return R(("rlshift", o))
    def __rrshift__(self, o): return R(("rrshift", o))
    def __rand__(self, o): return R(("rand", o))
    def __ror__(self, o): return R(("ror", o))
    def __rxor__(self, o): return R(("rxor", o))
    def __rmatmul__(self, o): return R(("rmatmul", o))
    def __rdivmod__(self, o): return R(("rdivmod", o))

r = R(0)
print(1 + r, 2 - r, 3 * r, 4 / r, 5 // r)
print(6 % r, 7 ** r, 8 << r, 9 >> r)
print(10 & r, 11 | r, 12 ^ r, 13 @ r, divmod(14, r))
print("s" + r, [1] * r, None + r)

# sum() starts with 0 and therefore uses __radd__
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self):
        return "Money(%d)" % self.c

print(sum([Money(5), Money(10), Money(1)]), 100 + Money(1), Money(1) + 100)

# the left operand's method wins unless the right one is a subclass
class A:
    def __add__(self, o):
        return "A.__add__"
    def __radd__(self, o):
        return "A.__radd__"

class B(A):
    def __radd__(self, o):
        return "B.__radd__"

class Unrelated:
    def __radd__(self, o):
        return "Unrelated.__radd__"

print(A() + A(), A() + B(), B() + A(), A() + Unrelated())

# __add__ returning NotImplemented lets __radd__ run
class Left:
    def __add__(self, o):
        print("Left.__add__ gives up")
        return NotImplemented

class Right:
    def __radd__(self, o):
        return "Right.__radd__ handled " + type(o).__name__

print(Left() + Right())

# both give up
class Shy:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented

try:
    Shy() + Shy()
except TypeError as e:
    print("TypeError", e)

# reflected methods are not used for the same type
class Same:
    def __radd__(self, o):
        return "radd"

try:
    Same() + Same()
except TypeError as e:
    print("TypeError", e)

# int + float style: builtin int returns NotImplemented for unknown types
class Meters:
    def __init__(self, m):
        self.m = m
    def __rmul__(self, k):
        return Meters(self.m * k)
    def __repr__(self):
        return "%gm" % self.m

print(3 * Meters(2), 0.5 * Meters(3))
