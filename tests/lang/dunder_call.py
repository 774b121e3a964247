# __call__ makes instances callable.

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5))
print(list(map(add5, [0, 10, 20])))
print(sorted([3, 1, 2], key=Adder(-10)))

# callable() for various objects
class Plain:
    pass

def f():
    pass

for obj in (f, Plain, Plain(), len, 5, "s", lambda: 0, Adder, add5, print):
    print(callable(obj), end=" ")
print()

# calling a non-callable
try:
    Plain()()
except TypeError as e:
    print("TypeError", e)
for obj in (5, "text", None, [1]):
    try:
        obj()
    except TypeError as e:
        print("TypeError", e)

# a stateful callable
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls

c = Counter()
c(); c(); c()
print(c.calls)

# __call__ looked up on the class, not the instance
class Inst:
    pass

i = Inst()
i.__call__ = lambda: "instance attribute"
try:
    i()
except TypeError as e:
    print("TypeError", e)

# callable objects as methods are not bound
class Tool:
    helper = Adder(100)

print(Tool().helper(1))

# a callable that returns another callable
class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __call__(self, p):
        return Chain(self.parts + (p,))
    def __str__(self):
        return ".".join(self.parts)

print(Chain()("a")("b")("c"))

# calling classes calls their metaclass: type.__call__ -> __new__ + __init__
print(type(Plain()).__name__, Plain.__call__ is not None)
