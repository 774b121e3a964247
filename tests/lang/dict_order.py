# Dictionaries keep insertion order.

d = {}
for k in ("zebra", "apple", "mango", "kiwi"):
    d[k] = len(k)
print(list(d), list(d.values()))

# updating an existing key keeps its position
d["apple"] = 100
print(list(d.items()))

# deleting and re-inserting moves a key to the end
del d["zebra"]
d["zebra"] = 0
print(list(d))

# pop and popitem (last in, first out)
print(d.pop("mango"), d.popitem(), list(d))

# update() and literal order
d.update({"b": 2, "a": 1})
d.update(c=3)
print(list(d))
print(list({"x": 1, "y": 2, "x": 3}.items()))

# dict comprehension and dict() keep source order
print(list({k: None for k in "hello"}))
print(list(dict([("q", 1), ("p", 2), ("q", 3)]).items()))
print(list(dict.fromkeys("banana")))

# equality ignores order
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))

# iteration order is stable across views
d = {3: "c", 1: "a", 2: "b"}
print(list(d.keys()), list(d.values()), list(d.items()), list(reversed(d)))

# changing size during iteration is an error
try:
    for k in d:
        d[k * 10] = "new"
except RuntimeError as e:
    print("RuntimeError", e)

# setdefault appends at the end, get does not insert
e = {"first": 1}
e.setdefault("second", 2)
e.get("third")
print(e)

# copy keeps the order
f = {k: k for k in (5, 3, 9)}
print(list(f.copy()), list(dict(f)))

# merging operators (3.9+)
print({"a": 1, "b": 2} | {"b": 3, "c": 4})
g = {"x": 0}
g |= {"y": 1}
print(g)
