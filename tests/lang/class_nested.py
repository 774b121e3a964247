# Classes defined inside functions and other classes.

def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return greeting + ", " + name
    return Greeter

G1 = make_class("Hi")
G2 = make_class("Bye")
print(G1().greet("a"), G2().greet("b"), G1 is G2, G1.__name__)

class Outer:
    x = "outer x"

    class Inner:
        y = "inner y"
        def show(self):
            return self.y

    def make_inner(self):
        return self.Inner()

print(Outer.Inner().show(), Outer().make_inner().show())
print(Outer.Inner.__qualname__)

# the inner class body cannot see the outer class's names
class A:
    value = 1
    class B:
        try:
            seen = value
        except NameError:
            seen = "not visible"

print(A.B.seen)

# a class in a function closes over function locals
def counter_class(start):
    class Counter:
        def __init__(self):
            self.n = start
        def inc(self):
            self.n += 1
            return self.n
    return Counter

C = counter_class(10)
c = C()
print(c.inc(), c.inc(), C().inc())

# classes created in a loop are distinct objects
classes = []
for i in range(3):
    class K:
        idx = i
    classes.append(K)
print([k.idx for k in classes], classes[0] is classes[1])

# a nested class used as a namespace of constants
class Colors:
    class RGB:
        RED = (255, 0, 0)
        GREEN = (0, 255, 0)
    DEFAULT = RGB.RED

print(Colors.DEFAULT, Colors.RGB.GREEN)

# nested class inheriting from an outer-scope class
def build():
    class Base:
        def who(self):
            return "base"
    class Child(Base):
        def who(self):
            return "child of " + super().who()
    return Child()

print(build().who())
