# property(): decorator form with setter/deleter, functional form, read-only errors, inheritance
class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", type(e).__name__)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", type(e).__name__)

class Functional:
    def __init__(self):
        self._x = 1
    def get_x(self):
        return self._x * 10
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, None, "the x")
    ro = property(lambda self: "read only")

f = Functional()
print(f.x, f.ro)
f.x = 5
print(f.x, type(Functional.x).__name__, Functional.x.fget is Functional.get_x, Functional.ro.fset)

class Child(Temperature):
    @property
    def celsius(self):
        return "child sees " + str(self._c)

c = Child()
print(c.celsius, c.fahrenheit)
try:
    c.celsius = 5
except AttributeError as e:
    print("AttributeError", type(e).__name__)
p = property()
try:
    p.__get__(1)
except AttributeError as e:
    print("AttributeError", type(e).__name__)

class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42

lz = Lazy()
print(lz.value, lz.value, Lazy.calls, isinstance(Lazy.value, property))
