# StopIteration and generators: return values, and StopIteration raised inside
# a generator becoming RuntimeError (PEP 479).

def returns(v):
    yield 1
    return v

g = returns("done")
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", repr(e.value), "args", e.args)

g = returns(None)
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args)

# returning a tuple
g = returns((1, 2))
next(g)
try:
    next(g)
except StopIteration as e:
    print("tuple value", e.value)

# StopIteration raised inside a generator body
def leaky():
    yield 1
    raise StopIteration("explicit")

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError", e)
    print("cause", type(e.__cause__).__name__, e.__cause__)

# also when it comes from a next() call on an exhausted iterator
def uses_next(it):
    while True:
        yield next(it)

try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError", e)

# the correct way: catch it and return
def safe_next(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v

print(list(safe_next(iter([1, 2]))))

# StopIteration in an ordinary function is just an exception
def plain():
    raise StopIteration("plain")

try:
    plain()
except StopIteration as e:
    print("plain StopIteration", e)

# in a class-based iterator, StopIteration ends iteration normally
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done")
        return self.n

print(list(It()))

# a StopIteration escaping from a for loop body inside a generator
def body_raises():
    for x in [1, 2]:
        yield x
        if x == 2:
            raise StopIteration

try:
    list(body_raises())
except RuntimeError as e:
    print("RuntimeError", type(e.__cause__).__name__)

# StopIteration value attribute on a fresh instance
print(StopIteration().value, StopIteration(5).value, StopIteration(5, 6).value)
