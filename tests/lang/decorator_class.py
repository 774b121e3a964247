# Class decorators, and classes used as decorators.

def add_repr(cls):
    def __repr__(self):
        return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % (k, getattr(self, k)) for k in cls.fields))
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    fields = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, 2), [Point(0, -1)])

registry = {}

def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco

@register("circle")
class Circle:
    pass

@register("square")
class Square:
    pass

print(sorted(registry), Circle.registered_as, registry["square"] is Square)

# a class decorator that replaces the class
def singleton(cls):
    instance = cls()
    return lambda: instance

@singleton
class Config:
    def __init__(self):
        print("Config created")
        self.value = 1

a = Config()
b = Config()
print(a is b, a.value)

# a class used as a function decorator: instances are callable
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)

@CountCalls
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4), add.calls, type(add).__name__)

# stacked class decorators apply bottom-up
def mark(label):
    def deco(cls):
        cls.marks = getattr(cls, "marks", ()) + (label,)
        return cls
    return deco

@mark("outer")
@mark("inner")
class Marked:
    pass

print(Marked.marks)

# a class decorator adding methods
def with_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls

@with_greeting
class Thing:
    pass

class SubThing(Thing):
    pass

print(Thing().greet(), SubThing().greet())
