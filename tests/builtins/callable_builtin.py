# callable(): functions, classes, instances with and without __call__, builtins, methods
def f():
    pass

class C:
    def m(self):
        pass

class WithCall:
    def __call__(self):
        return "called"

for v in (f, C, C(), C().m, C.m, WithCall(), WithCall, len, print, int, "s", 1, None, [], lambda: 0,
          str.upper, "x".upper, type, object(), range, iter([]), (x for x in [])):
    print(callable(v), end=" ")
print()
print(WithCall()(), callable(WithCall().__call__))
o = C()
o.__call__ = lambda: 1
print(callable(o))
try:
    callable()
except TypeError as e:
    print("TypeError", e)
try:
    callable(1, 2)
except TypeError as e:
    print("TypeError", e)
handlers = [f, None, len, "x", C]
print([h.__name__ if callable(h) else repr(h) for h in handlers])
print(type(callable(f)).__name__)
