# type(name, bases, dict) creates classes dynamically
def greet(self):
    return "hi from " + self.name

Dyn = type("Dyn", (), {"name": "dyn", "greet": greet, "x": 1})
d = Dyn()
print(Dyn.__name__, type(d).__name__, d.greet(), d.x, Dyn.__bases__ == (object,), isinstance(d, Dyn))

class Base:
    def who(self):
        return "base"
    def hello(self):
        return "hello " + self.who()

Child = type("Child", (Base,), {"who": lambda self: "child"})
c = Child()
print(c.hello(), isinstance(c, Base), issubclass(Child, Base), Child.__bases__[0].__name__)
print([k.__name__ for k in Child.__mro__])
Empty = type("Empty", (), {})
e = Empty()
e.attr = 5
print(e.attr, Empty.__name__, Empty.__qualname__)
Counter = type("Counter", (), {"count": 0, "__init__": lambda self, n: setattr(self, "n", n),
                               "__repr__": lambda self: "Counter(%d)" % self.n})
print(Counter(3), [Counter(i) for i in range(2)])
Multi = type("Multi", (Child, Empty), {})
print([k.__name__ for k in Multi.__mro__], Multi().hello())
print(type("X", (int,), {})(7) + 1, type(type("X", (int,), {})(7)).__name__)
for args in (("Bad", (1,), {}), ("Bad", (), []), (1, (), {})):
    try:
        type(*args)
    except TypeError as e:
        print("TypeError", type(e).__name__)
Named = type("Named", (), {"__str__": lambda self: "named instance", "VALUE": 42})
print(str(Named()), Named.VALUE, getattr(Named, "VALUE"), "VALUE" in dir(Named))
with_slots = type("Point", (), {"__init__": lambda self, x, y: self.__dict__.update(x=x, y=y)})
p = with_slots(1, 2)
print(p.x, p.y, type(p).__name__)
