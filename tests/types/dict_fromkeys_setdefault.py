# dict.fromkeys and dict.setdefault
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), "x"), dict.fromkeys([]))
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared, shared["a"] is shared["b"])
print(dict.fromkeys("aabbc", 1), dict.fromkeys((1, 1.0, True)), {}.fromkeys("xy", 5))

class MyDict(dict):
    pass

md = MyDict.fromkeys([1, 2])
print(type(md).__name__, md)
try:
    dict.fromkeys(5)
except TypeError as e:
    print("TypeError", e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print("TypeError", e)
d = {}
print(d.setdefault("a", 1), d.setdefault("a", 2), d.setdefault("b"), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(d.setdefault("c", []) is d["c"], len(d))
try:
    d.setdefault([1], 0)
except TypeError as e:
    print("TypeError", e)
try:
    d.setdefault()
except TypeError as e:
    print("TypeError", type(e).__name__)
counter = {}
for ch in "abracadabra":
    counter[ch] = counter.setdefault(ch, 0) + 1
print(counter)
inv = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
print({}.setdefault(0), {1: 2}.setdefault(1, 3))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
