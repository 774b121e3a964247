# dict(): constructor forms, keyword arguments, copies, errors
print(dict(), dict(a=1), dict({"x": 1}, y=2), dict([("k", "v")], k2="v2"), dict(zip("ab", [1, 2])))
print(dict([(1, 2), [3, 4], "ab"]), dict(((i, str(i)) for i in range(3))), dict({}.items()))
src = {"a": [1]}
cp = dict(src)
cp["b"] = 2
cp["a"].append(2)
print(src, cp, cp is not src)
print(dict(a=1, b=2) == {"b": 2, "a": 1}, dict(self=1, cls=2, dict=3))
print(dict({"a": 1}, a=2), dict([("a", 1), ("a", 3)]))
for bad in ([1], [(1,)], [(1, 2, 3)], 5, None, "abc"):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print("TypeError", e)
try:
    dict([([], 1)])
except TypeError as e:
    print("TypeError", e)

class M:
    def keys(self):
        return iter(["p", "q"])
    def __getitem__(self, k):
        return ord(k)

print(dict(M()), dict(M(), r=0))

class Sub(dict):
    pass

s = Sub(a=1)
print(type(s).__name__, s, dict(s), type(dict(s)).__name__, isinstance(s, dict))
print(len(dict.fromkeys(range(50))), dict(enumerate("abc")))
print(dict(**{"x": 1}, **{"y": 2}))
print(type(dict()).__name__, dict.__name__)
