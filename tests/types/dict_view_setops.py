# set operations on keys() and items() views
a = {1: "a", 2: "b", 3: "c"}
b = {2: "B", 3: "c", 4: "d"}
ka, kb = a.keys(), b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb))
print(type(ka & kb).__name__, type(ka | kb).__name__)
print(sorted(ka & {1, 9}), sorted(ka | [5]), sorted(ka - (1,)), sorted({3, 7} - ka), sorted([2, 8] ^ ka))
ia, ib = a.items(), b.items()
print(sorted(ia & ib), sorted(ia - ib), sorted(ia ^ ib), len(ia | ib))
print(ka <= {1, 2, 3, 4}, ka < {1, 2, 3}, ka >= {1}, ka > ka, ka == {3, 2, 1}, ka != {1})
print(ka.isdisjoint({5, 6}), ka.isdisjoint(kb), ia.isdisjoint([(1, "x")]), ia.isdisjoint([(1, "a")]))
print({1: 0}.keys() == {1: 99}.keys(), {1: 0}.items() == {1: 99}.items())
empty = {}.keys()
print(sorted(empty | {1}), sorted(ka & empty), ka - ka == set())
try:
    ka & 5
except TypeError as e:
    print("TypeError", e)
try:
    ka + kb
except TypeError as e:
    print("TypeError", e)
try:
    a.values() & b.values()
except TypeError as e:
    print("TypeError", e)
common = {k: (a[k], b[k]) for k in sorted(ka & kb)}
print(common)
changed = sorted(k for k in ka & kb if a[k] != b[k])
print(changed)
