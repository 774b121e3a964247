# iter() and next(): sequences, sentinel form, default argument, __iter__/__getitem__ protocols
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
print(iter(it) is it, list(iter("ab")), list(iter((1, 2))), list(iter({"k": 1})), list(iter(range(2))))
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
count = [0]

def counter():
    count[0] += 1
    return count[0]

print(list(iter(counter, 4)))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

print(list(iter(Seq())), list(Seq()), 20 in Seq())

class Iterable:
    def __iter__(self):
        return iter("xyz")

print(list(Iterable()), next(iter(Iterable())))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
for bad in (1, None, 2.5):
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    iter()
except TypeError as e:
    print("TypeError", e)
try:
    next()
except TypeError as e:
    print("TypeError", e)

class BadIter:
    def __iter__(self):
        return 5

try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
d = {"a": 1, "b": 2}
di = iter(d.items())
print(next(di), next(di), next(di, ("end", 0)))
gen = (c for c in "hi")
print(next(gen), next(gen), next(gen, "!"))
