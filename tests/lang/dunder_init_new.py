# __new__ and __init__: creation order, __new__ returning other objects, singletons.

class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, a, b=0):
        print("__init__", a, b)
        self.a, self.b = a, b

t = Traced(1, 2)
print(t.a, t.b)

# __new__ returning an instance of another class skips __init__
class Other:
    pass

class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never printed")

w = Weird()
print(type(w).__name__)

# __new__ returning a subclass instance still calls __init__
class Parent:
    def __new__(cls, kind):
        if cls is Parent and kind == "child":
            return super().__new__(Child)
        return super().__new__(cls)
    def __init__(self, kind):
        self.kind = kind
        print("init", type(self).__name__, kind)

class Child(Parent):
    pass

p = Parent("child")
print(type(p).__name__, p.kind)

# singleton via __new__
class Single:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance
    def __init__(self):
        self.count += 1

s1 = Single()
s2 = Single()
print(s1 is s2, s1.count)

# immutable subclass: the value must be set in __new__
class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))
    def __repr__(self):
        return "Celsius(%s)" % float(self)

print(Celsius(21.456), Celsius(3) + 1)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def first(self):
        return self[0]

pr = Pair(3, 4)
print(pr, pr.first(), len(pr), isinstance(pr, tuple))

# __init__ must return None
class BadInit:
    def __init__(self):
        return 5

try:
    BadInit()
except TypeError as e:
    print("TypeError", e)

# calling __init__ again explicitly re-initialises
class Re:
    def __init__(self, v):
        self.v = v

r = Re(1)
r.__init__(2)
print(r.v)

# arguments to object() without __init__
class NoInit:
    pass

try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
