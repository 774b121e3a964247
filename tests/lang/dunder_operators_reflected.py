# arithmetic dunders with reflected forms, unary ops, __index__ in slices, tuple subclass, __getitem__ iteration
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __mul__(self, o): return Num(self.v * o)
    def __rmul__(self, o): return Num(o * self.v)
    def __truediv__(self, o): return Num(self.v / o)
    def __rtruediv__(self, o): return Num(o / self.v)
    def __floordiv__(self, o): return Num(self.v // o)
    def __mod__(self, o): return Num(self.v % o)
    def __pow__(self, o, mod=None): return Num(pow(self.v, o, mod))
    def __rpow__(self, o): return Num(o ** self.v)
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return self
    def __abs__(self): return Num(abs(self.v))
    def __invert__(self): return Num(~self.v)
    def __lshift__(self, o): return Num(self.v << o)
    def __and__(self, o): return Num(self.v & o)
    def __xor__(self, o): return Num(self.v ^ o)
    def __ror__(self, o): return Num(o | self.v)
    def __index__(self): return self.v
    def __repr__(self): return f"Num({self.v})"
n = Num(6)
print(n + 1, 1 + n, n + n, n * 2, 2 * n, n / 4, 3 / n, n // 4, n % 4, n ** 2, pow(n, 2, 5), 2 ** n, -n, +n, abs(-n), ~n, n << 2, n & 3, n ^ 1, 1 | n)
print(sum([Num(1), Num(2)], Num(0)), sum([Num(1), Num(2)]), hex(n), [0, 1, 2, 3, 4, 5, 6, 7][n], "abcdefgh"[:n])
x = Num(1)
x += 5; x *= 2
print(x)
try:
    x -= 1
except TypeError as e:
    print("TypeError", e)
try:
    Num(1) < Num(2)
except TypeError as e:
    print("TypeError", e)
class Vec(tuple):
    def __new__(cls, *args): return super().__new__(cls, args)
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self, o)))
    def __repr__(self): return "Vec" + tuple.__repr__(self)
print(Vec(1, 2) + Vec(3, 4), len(Vec(1, 2, 3)), Vec(1, 2)[1], isinstance(Vec(), tuple), Vec(1) == (1,))
class Length:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i < 3: return i * i
        raise IndexError(i)
print(list(Length()), len(Length()), bool(Length()), list(reversed(Length())), 4 in Length())
