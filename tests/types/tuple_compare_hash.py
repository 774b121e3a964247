# tuple comparisons, hashing and use as dict keys and set members
print((1, 2) == (1, 2), (1, 2) != (2, 1), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print(() < (0,), (1, "a") < (1, "b"), ((1, 2), 3) < ((1, 3), 0), (1,) == [1], (1, 2) == (1.0, 2.0))
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    (1,) < [1]
except TypeError as e:
    print("TypeError", e)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, 2)) != hash((2, 1)), hash(((1, 2), (3,))) == hash(((1, 2), (3,))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print("TypeError", e)
d = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(d[(0, 0)], d[1, 0], (0, 1) in d, (1, 1) in d)
d[(1, 1)] = "ne"
print(sorted(d.items()))
s = {(1, 2), (2, 1), (1, 2)}
print(len(s), sorted(s))
print(max((1, "z"), (2, "a")), min([(3, 1), (1, 5), (1, 2)]))
print(sorted([(2, "b"), (1, "b"), (2, "a"), (1, "a")], reverse=True))
coords = [(x, y) for x in range(3) for y in range(2)]
print(coords, coords.index((2, 1)))
visited = set()
for c in [(0, 0), (1, 1), (0, 0), (2, 2), (1, 1)]:
    visited.add(c)
print(sorted(visited))
print((1, (2, (3,))) == (1, (2, (3,))), (1, (2, (3,))) < (1, (2, (4,))))
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), t == (nan,))
counts = {}
for pair in [("a", 1), ("b", 2), ("a", 1)]:
    counts[pair] = counts.get(pair, 0) + 1
print(sorted(counts.items()))
