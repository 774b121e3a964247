# In-place operators: __iadd__ and friends, and the fallback to the binary operator.

class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Acc(%r)" % (self.v,)
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __irshift__(self, o):
        self.v >>= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self
    def __imatmul__(self, o):
        self.v = ("matmul", self.v, o)
        return self

a = Acc(10)
alias = a
a += 5
a -= 3
a *= 4
a //= 5
a **= 2
a %= 50
a <<= 2
a >>= 1
a &= 0xff
a |= 0x100
a ^= 0x1
print(a, alias is a)
a /= 2
print(a)
a @= "m"
print(a)

# without __iadd__, += uses __add__ and rebinds to a new object
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add")
        return Plain(self.v + o)

p = Plain(1)
q = p
p += 1
print(p.v, q.v, p is q)

# __iadd__ returning NotImplemented falls back to __add__, then __radd__
class Partial:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd declines")
        return NotImplemented
    def __add__(self, o):
        print("add accepts")
        return Partial(self.v + o)

x = Partial(1)
x += 2
print(x.v)

class OnlyRight:
    def __radd__(self, o):
        return "radd result"

y = 5
y += OnlyRight()
print(y)

# whatever __iadd__ returns is bound to the name
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"

z = ReturnsOther()
z += 1
print(z)

# no method at all
class Nothing:
    pass

n = Nothing()
try:
    n += 1
except TypeError as e:
    print("TypeError", e)
try:
    n -= 1
except TypeError as e:
    print("TypeError", e)
