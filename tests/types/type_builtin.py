# type(): type of values, type names, type of types, type comparisons
vals = [None, True, 1, 2 ** 80, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1),
        slice(1), len, print, type, object(), Exception(), lambda: 0]
for v in vals:
    print(type(v).__name__, end=" ")
print()
print(type(1) is int, type(True) is bool, type(True) is int, type(type(1)) is type, type(type) is type, type(object) is type)
print(int.__name__, type.__name__, object.__name__, bool.__bases__[0].__name__, str.__class__.__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(int, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), issubclass(object, type), issubclass(int, int))

class A:
    pass

class B(A):
    pass

b = B()
print(type(b).__name__, type(b) is B, type(b) is A, isinstance(b, A), type(b) == B, type(A).__name__)
print(b.__class__ is B, B.__class__ is type, B.__name__, B.__qualname__, B.__module__)
print(type(A()) is A, type(B) is type, A in B.__bases__)
try:
    type()
except TypeError as e:
    print("TypeError", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
print(int("5") + type(3)("4"), type("")(12), type([])((1, 2)), type(1.0)("2.5"))
print([t.__name__ for t in (int, float, str, list, dict, tuple, set, bytes, bool, type, object)])
print(str(int), repr(str), str(B) == "<class '__main__.B'>", repr(type(None)))
