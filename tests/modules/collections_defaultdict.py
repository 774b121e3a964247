# collections.defaultdict: default_factory, missing keys, factory kinds, no factory
from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, dict(d), d.default_factory is list, type(d).__name__, isinstance(d, dict))
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c, len(c))
print(c.get("q"), "q" in c, c.get("q", 5))
s = defaultdict(set)
s["x"].add(1)
s["x"].add(1)
s["y"]
print(dict(s))
n = defaultdict(lambda: "N/A")
n["known"] = "yes"
print(n["known"], n["unknown"], sorted(n))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
print(plain.default_factory)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
d2 = defaultdict(list, {"pre": [1]}, other=[2])
print(d2["pre"], d2["other"], d2["new"], sorted(d2))
d2.default_factory = str
print(repr(d2["newer"]))
cp = d2.copy()
print(type(cp).__name__, cp.default_factory is str, cp == d2)
print(defaultdict(int, a=1) == {"a": 1}, repr(defaultdict(int)))
print(d.pop("a"), d.setdefault("q", [0]), list(d))
