# Special attributes of classes and instances: __name__, __qualname__, __module__,
# __bases__, __mro__, __class__ (docstrings: docstrings.py).

class Base:
    """The base class."""

class Child(Base):
    pass

print(Base.__name__, Base.__qualname__, Base.__module__)
print([b.__name__ for b in Child.__bases__], [c.__name__ for c in Child.__mro__])
print(Child().__class__.__name__, type(Child()).__qualname__, Base.__class__.__name__)
print(object.__bases__, [b.__name__ for b in Base.__bases__])

def f():
    class Local:
        pass
    return Local

L = f()
print(L.__name__, L.__qualname__)

# __name__ of builtin types and exceptions
print(int.__name__, str.__name__, ValueError.__name__, type(None).__name__, type(...).__name__)

# __mro__ of a builtin subclass and of object
class MyDict(dict):
    pass

print([c.__name__ for c in MyDict.__mro__], [c.__name__ for c in object.__mro__])

# instance attributes do not appear on the class
class Point:
    kind = "point"
    def __init__(self):
        self.x = 1

p = Point()
print(hasattr(p, "x"), hasattr(Point, "x"), hasattr(Point, "kind"), hasattr(p, "kind"))

# vars() of an instance with ordinary attributes, sorted for stable output
p.y = 2
print(sorted(vars(p).items()))
