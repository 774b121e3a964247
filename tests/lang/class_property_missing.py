# property without setter/deleter/getter: CPython 3.11's messages name the property and class
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    blank = property(None)
    doc_only = property(doc="only a doc")

t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
attempts = [
    ("set fahrenheit", lambda: setattr(t, "fahrenheit", 1)),
    ("del fahrenheit", lambda: delattr(t, "fahrenheit")),
    ("del celsius", lambda: delattr(t, "celsius")),
    ("get blank", lambda: t.blank),
    ("set blank", lambda: setattr(t, "blank", 2)),
    ("get doc_only", lambda: t.doc_only),
    ("__set__", lambda: Temperature.fahrenheit.__set__(t, 5)),
    ("__get__", lambda: Temperature.blank.__get__(t, Temperature)),
    ("too cold", lambda: setattr(t, "celsius", -300)),
]
for what, f in attempts:
    try:
        print(what, f())
    except (AttributeError, ValueError) as e:
        print(what, type(e).__name__, e)
print(t.celsius)

# a property attached after the class was made has no name
unnamed = property(lambda self: 42)
class Late:
    pass
Late.answer = unnamed
print(Late().answer)
try:
    Late().answer = 1
except AttributeError as e:
    print("AttributeError", e)

# the class in the message is the instance's class, also for a subclass
class Hotter(Temperature):
    pass
h = Hotter(5)
try:
    h.fahrenheit = 0
except AttributeError as e:
    print("AttributeError", e)
print(Temperature.doc_only.__doc__, Temperature.blank.fget)
