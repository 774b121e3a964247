# type(name, bases, dict) creates classes at run time; type(obj) returns the class.

def init(self, v):
    self.v = v

def show(self):
    return "%s(v=%r)" % (type(self).__name__, self.v)

Dyn = type("Dyn", (), {"__init__": init, "show": show, "kind": "dynamic"})
d = Dyn(5)
print(d.show(), Dyn.kind, type(d) is Dyn, Dyn.__name__)

# with bases
class Base:
    def hello(self):
        return "hello from Base"

Sub = type("Sub", (Base,), {"x": 1})
s = Sub()
print(s.hello(), s.x, isinstance(s, Base), [c.__name__ for c in Sub.__mro__])

# a class created with an empty dict behaves like an empty class statement
Empty = type("Empty", (), {})
e = Empty()
e.attr = 3
print(e.attr, type(e).__name__)

# the one-argument form
print(type(1), type("s"), type([]), type(None), type(type))
print(type(1).__name__, type(1.0).__name__, type(True).__name__, type(d).__name__)
print(type(Dyn) is type, type(Base) is type)

# classes built in a loop
shapes = {}
for name, sides in (("Triangle", 3), ("Square", 4), ("Pentagon", 5)):
    shapes[name] = type(name, (), {"sides": sides, "describe": lambda self: "%s with %d sides" % (type(self).__name__, self.sides)})

for name in shapes:
    print(shapes[name]().describe())

# methods that use super() need a class statement, but explicit two-arg super works
def greet(self):
    return "Dyn2 -> " + super(Dyn2, self).hello()

Dyn2 = type("Dyn2", (Base,), {"hello": greet})
print(Dyn2().hello())

# type() argument errors
try:
    type("X", (), {}, 1)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    type("X", 5, {})
except TypeError as e:
    print("TypeError", type(e).__name__)

# equality with class statements
class Same:
    a = 1

Same2 = type("Same", (), {"a": 1})
print(Same is Same2, Same.__name__ == Same2.__name__)
