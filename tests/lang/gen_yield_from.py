# yield from: delegation to sub-iterators and the return value of sub-generators.

def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    return "outer result"

print(list(outer()))

g = outer()
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

# yield from any iterable
def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)), {"k": 0})))

# yield from an empty iterable returns None immediately
def empty_delegate():
    r = yield from []
    yield "after empty: %r" % (r,)

print(list(empty_delegate()))

# nested delegation: a tree walk
def walk(tree, depth=0):
    name, kids = tree
    yield "  " * depth + name
    for k in kids:
        yield from walk(k, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
for line in walk(tree):
    print(line)

# send() passes through yield from to the inner generator
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            return received
        received.append(v)

def wrapper():
    got = yield from echo()
    yield "echo got %r" % (got,)

w = wrapper()
print(next(w))
print(w.send("x"))
print(w.send("y"))
print(next(w))

# the value of yield from on a generator that returns without yielding
def just_return():
    return 42
    yield

def take_value():
    v = yield from just_return()
    yield v

print(list(take_value()))

# accumulating results of several sub-generators
def averager():
    total = count = 0
    while True:
        v = yield
        if v is None:
            return total / count if count else 0
        total += v
        count += 1

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in (("a", [1, 2, 3]), ("b", [10, 20])):
    grp = grouper(results, key)
    next(grp)
    for v in values:
        grp.send(v)
    grp.send(None)
print(results)
