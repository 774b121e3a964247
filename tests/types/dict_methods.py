# dict methods: get keys values items pop clear copy, and basic access
d = {"a": 1, "b": 2, "c": 3}
print(d["a"], d.get("b"), d.get("z"), d.get("z", 0), d.get("a", 99), len(d))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d, d.pop("zz", "default"), d.pop("zz", None))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
e = d.copy()
e["new"] = 4
print(d, e, e is not d)
e.clear()
print(e, len(e), bool(e), bool(d))
d["a"] = 100
d["d"] = 4
print(d)
del d["a"]
print(d, "a" in d, "c" in d, 3 in d.values(), ("c", 3) in d.items())
try:
    del d["a"]
except KeyError as e:
    print("KeyError", e)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict({"k": 1}, extra=2))
print(dict(zip("abc", range(3))), dict([[1, 2], (3, 4)]), dict(((i, i * i) for i in range(4))))
print({1: "int", 1.0: "float", True: "bool"}, {None: 0, (): 1, "": 2, 0: 3})
for bad in ([1, 2], [(1, 2, 3)], 5, [[1]]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    d[[1]]
except TypeError as e:
    print("TypeError", e)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True)[:2])
print({k: v for k, v in counts.items() if v > 1}, {x: x % 3 for x in range(6)})
