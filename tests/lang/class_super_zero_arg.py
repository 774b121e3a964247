# super() without arguments in methods, __init__ chains, and class methods.

class Base:
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)

    def greet(self):
        return "Base greets " + self.name

    @classmethod
    def create(cls):
        return cls.__name__ + " created by Base"

class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        print("Child.__init__", age)

    def greet(self):
        return super().greet() + " (child, %d)" % self.age

    @classmethod
    def create(cls):
        return "Child wraps: " + super().create()

c = Child("kid", 7)
print(c.greet())
print(Child.create())

class GrandChild(Child):
    def greet(self):
        return "GC -> " + super().greet()

print(GrandChild("gc", 1).greet())

# super() follows the MRO, not just the direct base
class A:
    def who(self):
        return ["A"]

class B(A):
    def who(self):
        return ["B"] + super().who()

class C(A):
    def who(self):
        return ["C"] + super().who()

class D(B, C):
    def who(self):
        return ["D"] + super().who()

print(D().who())

# super() reaching object's methods
class WithStr:
    def __str__(self):
        return "custom " + super().__str__()[:1]

print(str(WithStr()))

# super() in a method defined with a different first parameter name
class E(A):
    def who(me):
        return super().who() + ["E"]

print(E().who())

# attribute lookup via super
class P:
    x = "P.x"

class Q(P):
    x = "Q.x"
    def show(self):
        return self.x, super().x

print(Q().show())

# super() inside a nested function needs the arguments
class F(A):
    def who(self):
        def helper():
            return super(F, self).who()
        return helper() + ["F"]

print(F().who())

# missing attribute through super
class G(A):
    def other(self):
        return super().nothing

try:
    G().other()
except AttributeError as e:
    print("AttributeError", e)
