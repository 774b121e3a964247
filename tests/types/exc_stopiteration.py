# StopIteration: value attribute, raised by next(), return value of generators
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value, e.args, repr(e))

def gen():
    yield 1
    return "done"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("StopIteration again", e.value)

def delegator():
    result = yield from gen()
    yield "got " + result

print(list(delegator()))
s = StopIteration(1, 2)
print(s.value, s.args)

class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Count(3)), [x * 2 for x in Count(2)], sum(Count(4)))

def leaky():
    yield 1
    raise StopIteration("inside")

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError", e)
print(next(iter([]), "default"), next(Count(0), None))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
