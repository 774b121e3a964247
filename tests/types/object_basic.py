# object(): bare instances, default methods, comparisons and attribute rules
o = object()
p = object()
print(type(o).__name__, o == o, o != p, o == p, o is o, isinstance(o, object), bool(o))
print(hash(o) == hash(o), str(o) == repr(o), repr(o).startswith("<object object at "))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    o.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    o < p
except TypeError as e:
    print("TypeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
print(object.__name__, object.__bases__, "__init__" in dir(object), "__eq__" in dir(object))

class Plain:
    pass

a = Plain()
b = Plain()
a.x = 1
print(a.x, hasattr(b, "x"), a == b, a != b, a == a, repr(a).startswith("<__main__.Plain object at "))
print(vars(a), vars(b), a.__dict__, isinstance(a, object), issubclass(Plain, object))
print(a.__class__.__name__, type(a).__mro__[-1].__name__)
print(object.__eq__(a, a), a.__eq__(a), a.__ne__(a))
print(a.__str__() == a.__repr__(), format(a, "") == str(a))
try:
    format(a, "x")
except TypeError as e:
    print("TypeError", e)
try:
    a()
except TypeError as e:
    print("TypeError", e)
try:
    len(a)
except TypeError as e:
    print("TypeError", e)
try:
    iter(a)
except TypeError as e:
    print("TypeError", e)
try:
    a + 1
except TypeError as e:
    print("TypeError", e)
sentinel = object()
def lookup(d, k):
    v = d.get(k, sentinel)
    return "missing" if v is sentinel else v
print(lookup({"a": None}, "a"), lookup({}, "a"))
del a.x
print(hasattr(a, "x"), vars(a))
try:
    del a.x
except AttributeError as e:
    print("AttributeError", e)
