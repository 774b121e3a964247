# isinstance() and issubclass(): tuples of classes, nested tuples, builtin and user hierarchies
class A:
    pass

class B(A):
    pass

class C:
    pass

b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object), isinstance(b, (C, A)))
print(isinstance(b, ()), isinstance(b, (C, (int, (A,)))), isinstance(1, (str, float)), isinstance(True, (int,)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, (C, A)), issubclass(B, ()), issubclass(C, object))
print(isinstance(1, int), isinstance(1.0, int), isinstance(1, float), isinstance("s", str), isinstance(b"", bytes))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), (set, frozenset)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(A, type), isinstance(b, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, LookupError), issubclass(type, object))
print(isinstance(ValueError(), Exception), isinstance(ValueError, Exception), issubclass(ValueError, BaseException))
for args in ((1, 1), (1, "int"), (1, (int, 1))):
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError", e)
for args in ((1, int), (b, A), (B, 1)):
    try:
        issubclass(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    isinstance(1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(A, B, C)
except TypeError as e:
    print("TypeError", e)

class Multi(B, C):
    pass

m = Multi()
print(isinstance(m, A), isinstance(m, C), issubclass(Multi, (A,)), [isinstance(m, k) for k in (Multi, B, A, C, int)])
shapes = [1, "two", 3.0, [4], (5,), None, b"6"]
print([type(s).__name__ for s in shapes if isinstance(s, (int, float))])
print([s for s in shapes if isinstance(s, (list, tuple))])
