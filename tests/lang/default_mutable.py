# The mutable default pitfall and the None idiom.

def append_bad(x, target=[]):
    target.append(x)
    return target

print(append_bad(1))
print(append_bad(2))
print(append_bad(3, []))
print(append_bad(4))

def append_good(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target

print(append_good(1))
print(append_good(2))

# dict default accumulating across calls (a cache)
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]

print(memo_fib(30), len(memo_fib.__defaults__[0]))

# the default list is the same object every time
r1 = append_bad(5)
r2 = append_bad(6)
print(r1 is r2, r1)

# a mutable default shared between instances of a class
class Bag:
    def __init__(self, items=[]):
        self.items = items

    def add(self, v):
        self.items.append(v)

b1 = Bag()
b2 = Bag()
b1.add("apple")
print(b2.items, b1.items is b2.items)
b3 = Bag(["own"])
b3.add("pear")
print(b3.items, b1.items)

# keyword-only mutable default behaves the same
def kw(*, seen=set()):
    seen.add(len(seen))
    return sorted(seen)

print(kw(), kw(), kw(seen={10}))

# tuples are immutable, so a tuple default is safe
def safe(x, t=()):
    t = t + (x,)
    return t

print(safe(1), safe(2))
