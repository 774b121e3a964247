# dict.update in all its forms, and the | and |= operators
d = {"a": 1}
d.update({"b": 2})
print(d)
d.update([("c", 3), ("a", 10)])
print(d)
d.update(x=7, y=8)
print(d)
d.update({"z": 0}, a=-1)
print(d)
d.update()
d.update({})
d.update([])
print(d)
d.update(zip("pq", (1, 2)))
print(d)

class Keys:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()

d2 = {}
d2.update(Keys())
print(d2, dict(Keys()))
for bad in (5, [1], [(1, 2, 3)], ["ab", "cde"]):
    try:
        {}.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    {}.update({}, {})
except TypeError as e:
    print("TypeError", e)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(a, c is a)
c |= [("w", 0)]
print(c)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError", e)
try:
    a | 5
except TypeError as e:
    print("TypeError", e)
try:
    c |= 5
except TypeError as e:
    print("TypeError", e)
print({} | {}, {1: 1} | {1: 2}, {1: 2} | {})
merged = {}
for part in ({"a": 1}, {"b": 2}, {"a": 3}):
    merged |= part
print(merged, {**a, **b, "extra": 1})
