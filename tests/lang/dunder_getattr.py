# __getattr__ is called only for attributes that normal lookup does not find.

class Proxy:
    exists = "class attribute"

    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x_"):
            return name[2:].upper()
        return getattr(self.target, name)

p = Proxy([3, 1, 2])
print(p.exists)
print(p.target)
print(p.x_hello)
p.append(0)
print(p.target, p.count(1))
try:
    p.missing_method
except AttributeError as e:
    print("AttributeError", e)

# hasattr and getattr with default use __getattr__ and catch AttributeError only
print(hasattr(p, "x_test"), hasattr(p, "nope"), getattr(p, "nope", "default"))

# a record with dynamic defaults
class Record:
    def __init__(self, **fields):
        self.fields = fields
    def __getattr__(self, name):
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError("no field " + repr(name)) from None

r = Record(a=1, b="two")
print(r.a, r.b)
try:
    r.c
except AttributeError as e:
    print("AttributeError", e)

# __getattr__ is not used for special method lookup by operators
class Magic:
    def __getattr__(self, name):
        return lambda *a: "magic " + name

m = Magic()
print(m.anything())
try:
    len(m)
except TypeError as e:
    print("TypeError", e)

# __getattr__ is consulted after a property raises AttributeError
class WithProp:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback for " + name

print(WithProp().broken)

# __getattribute__ intercepts every lookup
class Every:
    def __init__(self):
        self.real = "real value"
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

e = Every()
print(e.real, e.secret)
try:
    e.other
except AttributeError as err:
    print("AttributeError", err)
