# classmethod and staticmethod: calling through class and instance, inheritance, alternate constructors
class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale
    @staticmethod
    def valid(deg):
        return deg > -273.15
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.deg)

class Kelvin(Temp):
    scale = "K"

print(Temp.from_f(212), Kelvin.from_f(32), Temp(1).from_f(50), type(Kelvin.from_f(0)).__name__)
print(Temp.describe(), Kelvin.describe(), Kelvin(0).describe())
print(Temp.valid(-300), Temp(5).valid(0), Kelvin.valid(1))
print(type(Temp.__dict__["from_f"]).__name__, type(Temp.__dict__["valid"]).__name__)
print(Temp.from_f.__self__ is Temp, Kelvin.from_f.__self__ is Kelvin)

def plain(x):
    return x * 2

sm = staticmethod(plain)
cm = classmethod(lambda cls: cls.__name__)

class Holder:
    double = sm
    name = cm

print(Holder.double(4), Holder().double(5), Holder.name(), Holder().name())
print(sm.__func__ is plain, Temp.__dict__["valid"].__func__(10))

class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)

print(Registry.register("a"), Registry().register("b"), Registry.items)
try:
    classmethod()
except TypeError as e:
    print("TypeError", e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    Temp.from_f()
except TypeError as e:
    print("TypeError", e)
print(callable(Temp.from_f), callable(Temp.valid), Temp.valid.__name__)
