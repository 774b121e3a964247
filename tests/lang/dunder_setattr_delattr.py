# __setattr__ and __delattr__ intercept every assignment and deletion.

class Logged:
    def __init__(self):
        self.a = 1            # goes through __setattr__ too

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

x = Logged()
x.b = 2
x.a += 10
print(x.a, x.b)
del x.b
print(hasattr(x, "b"))
setattr(x, "c", 3)
delattr(x, "c")
try:
    del x.nothing
except AttributeError as e:
    print("AttributeError", type(e).__name__)

# a frozen object
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: cannot set " + name)
    def __delattr__(self, name):
        raise AttributeError("frozen: cannot delete " + name)

f = Frozen(5)
print(f.v)
try:
    f.v = 6
except AttributeError as e:
    print("AttributeError", e)
try:
    del f.v
except AttributeError as e:
    print("AttributeError", e)
print(f.v)

# validation and transformation in __setattr__
class Positive:
    def __setattr__(self, name, value):
        if value < 0:
            raise ValueError("%s must be >= 0" % name)
        super().__setattr__(name, value * 1)

p = Positive()
p.x = 5
try:
    p.y = -1
except ValueError as e:
    print("ValueError", e)
print(p.x, hasattr(p, "y"))

# __setattr__ is also used for augmented assignment and for tuple targets
class Count:
    def __init__(self):
        object.__setattr__(self, "sets", 0)
    def __setattr__(self, name, value):
        object.__setattr__(self, "sets", self.sets + 1)
        object.__setattr__(self, name, value)

c = Count()
c.a = 1
c.a += 1
c.b, c.c = 2, 3
print(c.sets)

# class-level assignment does not use the instance __setattr__
Count.shared = "no call"
print(c.sets, c.shared)

# attributes on builtin objects cannot be set
try:
    (1).x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    "s".upper = None
except AttributeError as e:
    print("AttributeError", type(e).__name__)
