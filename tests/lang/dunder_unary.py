# Unary operators: __neg__, __pos__, __abs__, __invert__.

class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(+self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~self.v)
    def __repr__(self):
        return "Num(%r)" % self.v

n = Num(5)
print(-n, +n, abs(n), ~n, -(-n), abs(-n), ~~n)
print(-Num(-2.5), abs(Num(-2.5)))

# missing unary methods
class Empty:
    pass

for op in ("-", "+", "~", "abs"):
    try:
        if op == "-":
            -Empty()
        elif op == "+":
            +Empty()
        elif op == "~":
            ~Empty()
        else:
            abs(Empty())
    except TypeError as e:
        print("TypeError", e)

# builtin types
print(-5, +5, ~5, abs(-5), -(-5), ~-1, ~0)
print(-2.5, abs(-0.0), -0.0, +(-0.0), abs(-(2 ** 70)), ~(2 ** 70))
print(-True, +True, ~True, abs(False))
try:
    -"s"
except TypeError as e:
    print("TypeError", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)

# unary operators on subclasses of int keep int semantics
class MyInt(int):
    pass

print(-MyInt(3), type(-MyInt(3)).__name__)

# __neg__ may return anything
class Odd:
    def __neg__(self):
        return "negated"

print(-Odd())
