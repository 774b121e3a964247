# frozenset: immutable, hashable, methods return frozensets, usable as dict keys
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__, frozenset(), repr(frozenset()), frozenset(range(3)))
print(f.union([4]), f.intersection({1, 5}), f.difference({1}), f.symmetric_difference({3, 4}), f.copy() == f)
print(type(f.union([4])).__name__, type(f.copy()).__name__)
print(f.issubset({1, 2, 3, 4}), f.issuperset({1}), f.isdisjoint({7}))
for name in ("add", "remove", "discard", "pop", "clear", "update"):
    print(name, hasattr(f, name))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])))
d = {frozenset([1, 2]): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], frozenset({1, 2}) in d)
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s), sorted(sorted(x) for x in s))
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(len(nested), frozenset([3, 2]) in nested)
print(f == {1, 2, 3}, {1, 2, 3} == f, f != frozenset([1]))
g = f
g |= {10}
print(f, sorted(g), type(g).__name__, g is f)
try:
    frozenset([[1]])
except TypeError as e:
    print("TypeError", e)
try:
    frozenset(1)
except TypeError as e:
    print("TypeError", e)
print(frozenset("aab") == frozenset("ab"), sorted(frozenset("cab")))
pairs = {}
for x, y in ((1, 2), (2, 1), (3, 4)):
    key = frozenset((x, y))
    pairs[key] = pairs.get(key, 0) + 1
print(sorted((sorted(k), v) for k, v in pairs.items()))
print(set(f) is not f, type(set(f)).__name__, frozenset(f) is f)
