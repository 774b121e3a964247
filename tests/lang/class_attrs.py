# Class attributes versus instance attributes.

class Counter:
    total = 0              # shared by all instances
    names = []             # a shared mutable: a common surprise

    def __init__(self, name):
        self.name = name   # per instance
        Counter.total += 1
        self.names.append(name)

a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, b.total)
print(a.name, b.name, Counter.names, a.names is b.names)

# assigning through an instance creates an instance attribute that shadows
a.total = 100
print(a.total, b.total, Counter.total)
del a.total
print(a.total)

# changing the class attribute is seen by instances without their own
Counter.total = -1
print(a.total, b.total)

# attributes can be added to instances and classes at any time
a.extra = "only a"
Counter.later = "for everyone"
print(a.extra, b.later, hasattr(b, "extra"))

# getattr / setattr / hasattr / delattr
setattr(b, "dyn", 5)
print(getattr(b, "dyn"), getattr(b, "missing", "default"), hasattr(b, "dyn"))
delattr(b, "dyn")
print(hasattr(b, "dyn"))
try:
    getattr(b, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    Counter.nothing
except AttributeError as e:
    print("AttributeError", e)

# class attributes referenced in the class body
class Sizes:
    small = 1
    big = small * 10
    both = (small, big)

print(Sizes.big, Sizes.both)

# methods are class attributes too
class M:
    def f(self):
        return "method"

m = M()
m.f = lambda: "instance function"
print(m.f(), M.f(m), M().f())

# class attributes of builtin immutable types and rebinding through self
class Acc:
    value = 0
    def add(self, n):
        self.value += n      # reads class value first time, then instance
        return self.value

x = Acc()
print(x.add(5), x.add(5), Acc.value)

# an empty class and attribute on it
class Empty:
    pass

e = Empty()
e.a = 1
print(e.a, type(e).__name__, Empty.__name__)
