# Multiple inheritance and the C3 method resolution order.

def names(cls):
    return [k.__name__ for k in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for cls in (A, K1, K2, K3, Z):
    print(cls.__name__, names(cls))

# diamond
class Base:
    def who(self):
        return "Base"

class Left(Base):
    def who(self):
        return "Left"

class Right(Base):
    def who(self):
        return "Right"
    def only_right(self):
        return "only right"

class Diamond(Left, Right):
    pass

print(names(Diamond), Diamond().who(), Diamond().only_right())

class Diamond2(Right, Left):
    pass

print(names(Diamond2), Diamond2().who())

# class attribute lookup follows the MRO
class X:
    v = "X"
class Y(X):
    pass
class W(X):
    v = "W"
class YW(Y, W):
    pass

print(YW.v, names(YW))

# builtin bases appear in the MRO
class MyList(list):
    pass

class MyErr(ValueError):
    pass

print(names(MyList), names(MyErr))
print(names(bool), names(object))

# an inconsistent hierarchy cannot be created
try:
    class Bad(A, K1):
        pass
except TypeError as e:
    print("TypeError", type(e).__name__)

try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError", e)

# __bases__ lists the direct bases
print([b.__name__ for b in Z.__bases__], [b.__name__ for b in A.__bases__])
