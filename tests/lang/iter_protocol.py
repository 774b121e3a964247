# iter() and next() on builtin objects; the two-argument iter(); iterator exhaustion.

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")

for obj in ("ab", (1, 2), {"k": 1, "j": 2}, range(2), b"xy", {7}):
    i = iter(obj)
    print(type(obj).__name__, next(i), iter(i) is i)

# dict iteration variants
d = {"a": 1, "b": 2}
print(list(iter(d)), list(d.keys()), list(d.values()), list(d.items()))

# iter(callable, sentinel)
data = [3, 2, 1, 0, 5]
pos = [0]

def read():
    v = data[pos[0]]
    pos[0] += 1
    return v

print(list(iter(read, 0)))
print(pos[0])

counter = [0]

def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 4)))

# an iterator over a list sees later appends
L = [1, 2]
li = iter(L)
print(next(li))
L.append(3)
print(list(li))

# enumerate, zip, map, filter, reversed are iterators
e = enumerate("ab", 1)
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(next(z), list(z), list(z))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, None))
f = filter(None, [0, 1, "", "x"])
print(list(f))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(list(reversed("abc")), list(reversed(range(3))))

# errors
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)

# sum, min, max, sorted, list, tuple, set, dict consume iterators
def gen():
    yield from (4, 1, 3)

print(sum(gen()), min(gen()), max(gen()), sorted(gen()), tuple(gen()), sorted(set(gen())))
print(dict(zip("ab", gen())), "-".join(map(str, gen())), list(map(lambda a, b: a * b, gen(), gen())))
print(any(gen()), all(x > 2 for x in gen()), list(zip()))
