# isinstance and issubclass, with single classes and tuples.

class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(isinstance(b, (C, (int, B))))      # nested tuples are allowed here
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(issubclass(B, (C, A)), issubclass(C, (A, B)), issubclass(bool, (str, int)))

# builtin types
for v in (1, True, 1.5, "s", b"b", [1], (1,), {1: 1}, {1}, None, len):
    kinds = [t.__name__ for t in (int, bool, float, str, bytes, list, tuple, dict, set) if isinstance(v, t)]
    print(repr(v) if v is not len else "len", kinds)

print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type))
print(issubclass(int, object), issubclass(type, object), isinstance(object, type))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))

# errors
try:
    isinstance(b, 5)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(B, "A")
except TypeError as e:
    print("TypeError", type(e).__name__)

# isinstance in dispatch code
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, (list, tuple)):
        return "sequence of %d" % len(x)
    if isinstance(x, A):
        return "an A"
    return "other"

print([describe(v) for v in (True, 3, 2.5, [1, 2], (), B(), C(), "x")])
