# property with getter, setter and deleter; read-only properties.

class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        print("get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
print(t.celsius)
del t.celsius
print(hasattr(t, "_c"))

# read-only property
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", type(e).__name__)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", type(e).__name__)

# property() called directly
class Box:
    def __init__(self):
        self._w = 1
    def get_w(self):
        return self._w
    def set_w(self, v):
        self._w = max(0, v)
    width = property(get_w, set_w, None, "the width")

b = Box()
b.width = -5
print(b.width)
b.width = 7
print(b.width)

# the property object lives on the class
print(type(Box.width).__name__, isinstance(Temperature.celsius, property))

# properties are inherited and can be overridden
class Base:
    @property
    def kind(self):
        return "base"

class Derived(Base):
    @property
    def kind(self):
        return "derived(" + super().kind + ")"

print(Base().kind, Derived().kind)

# a property computed from other attributes, cached by hand
class Lazy:
    calls = 0
    @property
    def value(self):
        if not hasattr(self, "_cache"):
            Lazy.calls += 1
            self._cache = 42
        return self._cache

lz = Lazy()
print(lz.value, lz.value, Lazy.calls)

# an exception raised in a getter propagates
class Broken:
    @property
    def bad(self):
        raise KeyError("inside getter")

try:
    Broken().bad
except KeyError as e:
    print("KeyError", e)

# getattr with default does not hide non-AttributeError exceptions
try:
    getattr(Broken(), "bad", None)
except KeyError:
    print("KeyError passes through getattr")
