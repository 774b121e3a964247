# Binary arithmetic operators implemented by special methods.

class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(%r)" % (self.v,)
    def __add__(self, o): return N(self.v + o.v)
    def __sub__(self, o): return N(self.v - o.v)
    def __mul__(self, o): return N(self.v * o.v)
    def __truediv__(self, o): return N(self.v / o.v)
    def __floordiv__(self, o): return N(self.v // o.v)
    def __mod__(self, o): return N(self.v % o.v)
    def __pow__(self, o): return N(self.v ** o.v)
    def __divmod__(self, o): return (self // o, self % o)
    def __lshift__(self, o): return N(self.v << o.v)
    def __rshift__(self, o): return N(self.v >> o.v)
    def __and__(self, o): return N(self.v & o.v)
    def __or__(self, o): return N(self.v | o.v)
    def __xor__(self, o): return N(self.v ^ o.v)
    def __matmul__(self, o): return "matmul %r %r" % (self.v, o.v)

a, b = N(17), N(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(divmod(a, b), a << b, a >> N(2), a & b, a | b, a ^ b)
print(a @ b)
print(a + b * N(2) - N(1))

# pow with three arguments
class M:
    def __init__(self, v):
        self.v = v
    def __pow__(self, e, mod=None):
        return ("pow", self.v, e, mod)

print(M(2) ** 10, pow(M(2), 10), pow(M(2), 10, 7))

# a vector class with scalar multiplication
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __repr__(self):
        return "Vec(%g, %g)" % (self.x, self.y)

print(Vec(1, 2) + Vec(3, 4), Vec(1, 2) * 3, Vec(1, 1) * 0.5)
try:
    3 * Vec(1, 2)
except TypeError as e:
    print("TypeError", e)

# operators not defined raise TypeError with the operand type names
class Empty:
    pass

for op in ("+", "-", "*", "/", "//", "%", "**", "<<", "&", "@"):
    try:
        if op == "+": Empty() + 1
        elif op == "-": Empty() - 1
        elif op == "*": Empty() * 1
        elif op == "/": Empty() / 1
        elif op == "//": Empty() // 1
        elif op == "%": Empty() % 1
        elif op == "**": Empty() ** 1
        elif op == "<<": Empty() << 1
        elif op == "&": Empty() & 1
        elif op == "@": Empty() @ 1
    except TypeError as e:
        print("TypeError", e)

# builtin type combinations
for x, y in ((1, "a"), ("a", 1.5), ([1], (1,)), (None, 1)):
    try:
        x + y
    except TypeError as e:
        print("TypeError", e)
