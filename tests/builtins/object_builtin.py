# object builtin: base of everything, instances, default dunder behaviour
o = object()
print(type(o) is object, isinstance(o, object), isinstance(1, object), isinstance(None, object), issubclass(type, object))
print(o == o, o != object(), hash(o) == hash(o), bool(o), str(o) == repr(o))
print(object.__bases__, object.__mro__ == (object,), len(object.__bases__))
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
try:
    object(a=1)
except TypeError as e:
    print("TypeError", e)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    o < o
except TypeError as e:
    print("TypeError", e)

class Default:
    pass

d = Default()
print(d == d, d == Default(), d != Default(), hash(d) == hash(d), bool(d))
print(str(d) == repr(d) == object.__repr__(d), format(d) == str(d))
print(object.__eq__(d, d), object.__eq__(d, 1), object.__ne__(d, d))
print(object.__str__(d) == str(d), object.__hash__(d) == hash(d))

class Init(object):
    def __init__(self, v):
        super().__init__()
        self.v = v

print(Init(5).v, Init.__bases__[0] is object)
n = object.__new__(Default)
print(type(n).__name__, isinstance(n, Default))
marker = object()
items = [1, marker, 2]
print(items.index(marker), marker in items, items.count(marker), [x is marker for x in items])
print(sorted(n for n in dir(object) if n in ("__eq__", "__hash__", "__init__", "__repr__", "__str__", "__class__")))
