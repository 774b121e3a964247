# List comprehensions: filters, nested fors, nested comprehensions, evaluation order.

print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(30) if x % 2 if x % 5])
print([(x, y) for x in range(3) for y in "ab"])
print([(x, y) for x in range(4) if x % 2 for y in range(x) if y != 1])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print([c.upper() for c in "hello" if c not in "l"])
print([x if x > 2 else -x for x in range(5)])
print([len(w) for w in "the quick brown fox".split()])
print([i for i in []], [[] for _ in range(2)])
print([(i, c) for i, c in enumerate("xyz")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([k for k in {"b": 1, "a": 2}])
print([x for x in (y * 2 for y in range(4))])

# the later iterables are evaluated once per outer item
log = []

def it(name, n):
    log.append(name)
    return range(n)

print([(i, j) for i in it("outer", 2) for j in it("inner", 2)])
print(log)

# comprehensions create new lists each time
def fresh():
    return [0 for _ in range(2)]

print(fresh() is fresh())

# exception inside stops the comprehension
try:
    print([10 // x for x in (2, 1, 0, 5)])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# a comprehension over a string, tuples and a dict's items
d = {"one": 1, "two": 2, "three": 3}
print(sorted([k for k, v in d.items() if v > 1]))
print([str(n) * n for n in range(4)])
print([s for s in ("", "a", None, "b") if s])

# very nested
print([[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)])
