# Generator functions: yield, next(), exhaustion, local state between yields.

def count(n):
    print("start")
    i = 0
    while i < n:
        print("before yield", i)
        yield i
        print("after yield", i)
        i += 1
    print("end")

g = count(2)
print(type(g).__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")

# in for loops and consumers
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)), sum(squares(4)), max(squares(3)))
for s in squares(3):
    print("sq", s)

# a generator keeps local state
def running_total(items):
    total = 0
    for x in items:
        total += x
        yield total

print(list(running_total([5, 1, 10, -3])))

# yield as an expression statement, yield without value
def nones():
    yield
    yield

print(list(nones()))

# several yield points and conditional yields
def parts(text):
    word = ""
    for ch in text:
        if ch == " ":
            if word:
                yield word
            word = ""
        else:
            word += ch
    if word:
        yield word

print(list(parts("  the quick  brown fox ")))

# a generator function with return ends iteration early
def until_negative(items):
    for x in items:
        if x < 0:
            return
        yield x

print(list(until_negative([1, 2, -1, 3])))

# independent generator objects
a = squares(3)
b = squares(3)
print(next(a), next(a), next(b))

# next() with a default
print(next(a), next(a, "default"), next(a, "default"))

# generators are iterators: iter(g) is g
g = squares(2)
print(iter(g) is g)

# recursive generator
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

print(["".join(p) for p in perms("abc")])
