# collections.OrderedDict: order, move_to_end, popitem(last=...), equality rules
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 9), ("y", 8)])
od["a"] = 100
print(od, od["a"], od.get("zz", "none"), len(od))
del od["x"]
od["x"] = 1
print(list(od.items()))
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", type(e).__name__)
o1 = OrderedDict([(1, "a"), (2, "b")])
o2 = OrderedDict([(2, "b"), (1, "a")])
print(o1 == o2, dict(o1) == dict(o2), o1 == {2: "b", 1: "a"}, isinstance(o1, dict))
print(OrderedDict.fromkeys("abc", 0), OrderedDict(zip("xy", [1, 2])), OrderedDict(a=1))
print(list(reversed(o1)), o1.copy(), o1.copy() is not o1, o1.setdefault(3, "c"), list(o1))
print(o1.pop(1), o1, repr(OrderedDict()))
lru = OrderedDict()
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
