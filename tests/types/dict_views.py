# dict views: keys values items are live, support len, in, iteration, reversed
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, "z" in k)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), len(k))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sorted(k), sorted(v, reverse=True), type(k).__name__, type(v).__name__, type(it).__name__)
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], v == v, list(v) == [2, 3, 4])
print(it == {("b", 2), ("c", 3), ("d", 4)}, ("b", [1]) in it)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
d.pop("new")
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
try:
    for val in d.values():
        d.clear()
        d.update({"x": 1, "y": 2, "z": 3, "w": 4})
except RuntimeError as e:
    print("RuntimeError", e)
e = {1: "x"}
for key in e:
    e[key] = "changed"
print(e)
try:
    k[0]
except TypeError as e2:
    print("TypeError", e2)
try:
    hash(d.keys())
except TypeError as e2:
    print("TypeError", e2)
empty = {}
print(list(empty.keys()), list(empty.items()), len(empty.values()), bool(empty.keys()))
print(list(iter({1: 2, 3: 4}.items())), next(iter({"only": 1}.values())))
for key, value in {"p": 1, "q": 2}.items():
    print(key, value, end="; ")
print()
print(dict(d.items()) == d, {v2: k2 for k2, v2 in {"a": 1, "b": 2}.items()})
print(list(map(len, {"ab": 1, "cde": 2}.keys())), sum({"x": 5, "y": 6}.values()))
