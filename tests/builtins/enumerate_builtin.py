# enumerate(): start argument (positional and keyword), iterators, laziness
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-2)))
print(list(enumerate([])), list(enumerate(range(3), 10 ** 20)), dict(enumerate("xy")))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "end"))
gen = (x * x for x in range(4))
en = enumerate(gen)
print(next(en), list(gen), list(en))
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=1):
    print(i, a, b)
print(type(enumerate([])).__name__, iter(e) is e)
try:
    enumerate(5)
except TypeError as e2:
    print("TypeError", e2)
try:
    enumerate([1], "1")
except TypeError as e2:
    print("TypeError", e2)
try:
    enumerate()
except TypeError as e2:
    print("TypeError", type(e2).__name__)
try:
    enumerate([1], 1, 2)
except TypeError as e2:
    print("TypeError", type(e2).__name__)
items = ["x", "y", "z"]
print([i for i, v in enumerate(items) if v != "y"], {v: i for i, v in enumerate(items)})
print(list(enumerate(enumerate("ab"))), list(enumerate("ab", True)))
calls = []

def source():
    for c in "pq":
        calls.append(c)
        yield c

lazy = enumerate(source())
print(calls)
print(next(lazy), calls)
print(list(zip(*enumerate("abc"))), max(enumerate([3, 9, 2]), key=lambda p: p[1]))
