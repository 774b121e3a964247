# insertion order, popitem LIFO, order after deletion and re-insertion
d = {}
for k in "dbca":
    d[k] = ord(k)
print(list(d), d)
d["b"] = 0
print(list(d))
del d["b"]
d["b"] = 1
print(list(d))
print(d.popitem(), d.popitem(), d)
d["z"] = 26
print(d.popitem(), list(d))
while d:
    print(d.popitem(), end=" ")
print()
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
e = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del e[i]
print(e)
for i in range(0, 10, 2):
    e[i] = -i
print(list(e))
print(list(e.values()), list(e.items())[:3])
f = dict.fromkeys(range(20))
for i in range(19):
    del f[i]
f["new"] = 1
print(list(f))
g = {"x": 1, "y": 2}
g.update({"a": 3, "x": 4})
print(list(g.items()))
h = {1: "a", 2: "b", 3: "c"}
h.pop(2)
h[2] = "B"
print(h, list(reversed(h)), list(reversed(h.items())), list(reversed(h.values())))
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, list({"b": 1, "a": 2}) == list({"a": 2, "b": 1}))
big = {}
for i in range(200):
    big[i] = i
for i in range(150):
    del big[i]
print(list(big)[:5], len(big), big.popitem())
