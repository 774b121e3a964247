# super(type, obj) with two arguments: starting the lookup after a given class.

class A:
    def name(self):
        return "A"

class B(A):
    def name(self):
        return "B"

class C(B):
    def name(self):
        return "C"

c = C()
print(c.name())
print(super(C, c).name())
print(super(B, c).name())
try:
    super(A, c).name()
except AttributeError as e:
    print("AttributeError", e)

# in a diamond, super(X, obj) uses the MRO of type(obj)
class Root:
    def chain(self):
        return ["Root"]

class Left(Root):
    def chain(self):
        return ["Left"] + super(Left, self).chain()

class Right(Root):
    def chain(self):
        return ["Right"] + super(Right, self).chain()

class Bottom(Left, Right):
    def chain(self):
        return ["Bottom"] + super(Bottom, self).chain()

print(Bottom().chain())
print(Left().chain())
print(super(Left, Bottom()).chain())

# two-argument super with a class as second argument, for class methods
class K:
    @classmethod
    def make(cls):
        return "K.make for " + cls.__name__

class L(K):
    @classmethod
    def make(cls):
        return "L.make -> " + super(L, cls).make()

print(L.make())
print(super(L, L).make())

# calling an overridden __init__ explicitly
class Point:
    def __init__(self, x):
        self.x = x

class Point3(Point):
    def __init__(self, x, z):
        super(Point3, self).__init__(x)
        self.z = z

p = Point3(1, 3)
print(p.x, p.z)

# obj must be an instance or subclass
try:
    super(C, A())
except TypeError as e:
    print("TypeError", type(e).__name__)
