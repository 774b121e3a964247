# int: remaining methods and attributes
n = 42
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((-7).as_integer_ratio(), (2 ** 70).as_integer_ratio())
print((10).__abs__(), (-10).__neg__(), (3).__add__(4), (3).__mul__(5))
print((7).__floordiv__(2), (7).__mod__(-2), (2).__pow__(8), (9).__rsub__(1))
print((3).__add__(1.5), (3).__eq__("3"), (3).__lt__(4))
print(int.__name__, type(5) is int, isinstance(5, int))
print(int(5) is not None, int("5") + 0, int(-0))
print((255).__format__("x"), (5).__str__(), (5).__repr__())
print((2 ** 80).__hash__() == hash(2 ** 80), (-1).__hash__() == hash(-1))
print((12).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2))
print(round(1234, -2), round(-1250, -2), round(15, -1), round(25, -1), round(5, 0))
print(type(round(5, 2)).__name__, round(7, 3))
print((17).__trunc__(), (17).__floor__(), (17).__ceil__(), (17).__int__(), (17).__float__())
print((6).__divmod__(4), (6).__rdivmod__(4))
print((5).__bool__(), (0).__bool__(), (5).__invert__(), (5).__pos__())
print((1).__lshift__(10), (1024).__rshift__(3), (6).__and__(3), (6).__or__(3), (6).__xor__(3))
print(int.from_bytes is not None)

class MyInt(int):
    def double(self):
        return self * 2

m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, type(m).__name__)
print(isinstance(m, int), m == 21, hash(m) == hash(21))
print(MyInt("ff", 16), MyInt())

class Num:
    def __int__(self):
        return 9

class Trunc:
    def __index__(self):
        return 3

print(int(Num()), int(Trunc()))
try:
    (5).foo
except AttributeError as e:
    print("AttributeError", e)
try:
    int.bit_length()
except TypeError as e:
    print("TypeError", type(e).__name__)
x = 5
try:
    x.real = 3
except AttributeError as e:
    print("AttributeError", type(e).__name__)
