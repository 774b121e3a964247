# The iterator protocol: __iter__ and __next__, and the __getitem__ fallback.

class CountUp:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i

print(list(CountUp(4)), sum(CountUp(10)), [x * 2 for x in CountUp(3)])
for v in CountUp(2):
    print("loop", v)

# an iterable that returns a fresh iterator each time
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)

class Range2Iter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i == self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1

r = Range2(3)
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])

# an iterator can be consumed only once
it = iter(Range2Iter(3))
print(next(it), list(it), list(it))

# __iter__ as a generator method
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k

t = Tree(1, (Tree(2, (Tree(3),)), Tree(4)))
print(list(t))

# old-style iteration via __getitem__
class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "item%d" % i

print(list(Old()), "item1" in Old())

# errors
class NotIter:
    pass

try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError", e)

class BadIter:
    def __iter__(self):
        return 5

try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
try:
    next(NotIter())
except TypeError as e:
    print("TypeError", e)

# unpacking, enumerate, zip and dict() all use the protocol
a, b, c = CountUp(3)
print(a, b, c, list(enumerate(CountUp(2))), list(zip(CountUp(3), "xy")))
print(dict(zip(CountUp(2), Old())))
