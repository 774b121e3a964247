# __bases__, __mro__ and method resolution with multiple inheritance
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

def names(classes):
    return [k.__name__ for k in classes]

print(names(D.__mro__), names(D.__bases__), names(A.__bases__), names(object.__bases__))
print(D().who(), B().who(), C().who())
print(names(D.mro()), D.mro() == list(D.__mro__))
print(issubclass(D, A), issubclass(D, C), issubclass(C, B), isinstance(D(), (B, C)))

class E:
    pass

class F(D, E):
    pass

print(names(F.__mro__))
print(names(bool.__mro__), names(int.__mro__), names(object.__mro__))
print(names(KeyError.__mro__))
print(names(type.__mro__), type.__bases__[0].__name__)
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError", type(e).__name__)

class X:
    val = "X"

class Y(X):
    pass

class Z(Y):
    val = "Z"

print(Y.val, Z.val, Y().val, super(Z, Z()).val)
print(names(Z.__mro__), Z.__base__.__name__, Y.__base__.__name__)

class M1:
    tag = "m1"

class M2:
    tag = "m2"
    other = "o2"

class Mixed(M1, M2):
    pass

print(Mixed.tag, Mixed.other, names(Mixed.__mro__))
