# Function decorators: wrapping, replacing, registering.

def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, sorted(kwargs.items()))
        result = fn(*args, **kwargs)
        print("return", result)
        return result
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(1, 2)
add(5, b=6)
print(add.__name__)

# a decorator that returns the function unchanged but records it
registry = []

def register(fn):
    registry.append(fn.__name__)
    return fn

@register
def first():
    return 1

@register
def second():
    return 2

print(registry, first(), second())

# a decorator may return something that is not a function
def constant(fn):
    return fn()

@constant
def answer():
    return 42

print(answer, type(answer).__name__)

# a decorator applied at definition time, with side effects in order
def announce(fn):
    print("decorating", fn.__name__)
    return fn

print("before")

@announce
def later():
    pass

print("after")

# copying the name by hand
def keep_meta(fn):
    def inner(*a):
        return fn(*a) * 2
    inner.__name__ = fn.__name__
    return inner

@keep_meta
def three():
    return 3

print(three(), three.__name__)

# decorators on methods
def shout(fn):
    def w(self, *a):
        return fn(self, *a).upper()
    return w

class Greeter:
    def __init__(self, name):
        self.name = name
    @shout
    def hello(self):
        return "hello " + self.name

print(Greeter("ann").hello())

# equivalent manual form
def plain(x):
    return x + 1

manual = trace(plain)
print(manual(1))

# a decorator expression can be any expression (3.9+)
decorators = {"t": trace}

@decorators["t"]
def mul(a, b):
    return a * b

mul(3, 4)

@(lambda f: lambda *a: -f(*a))
def neg_sum(*a):
    return sum(a)

print(neg_sum(1, 2, 3))
