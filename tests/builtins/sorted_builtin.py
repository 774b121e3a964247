# sorted(): any iterable, key=, reverse=, stability, returns a new list, errors
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({"b": 1, "a": 2}), sorted({3, 1}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted("Banana", key=str.lower), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([(1, "b"), (0, "z"), (1, "a")]), sorted([[2], [1, 5], [1]]), sorted([0.5, -1, 2, True]))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
src = [5, 3, 4]
out = sorted(src)
print(src, out, out is not src, sorted([]), sorted(iter([2, 1])), sorted(x % 4 for x in range(9)))
print(sorted("hello world".split(), key=lambda w: w[-1]), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.casefold))
print(sorted([1, 2, 3], key=None), sorted([3, 2, 1], reverse=0), sorted([1, 2], reverse=1))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sorted(5)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    sorted()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    sorted([3, 1], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
scores = {"ann": 90, "bob": 85, "cy": 90, "di": 70}
print(sorted(scores, key=lambda n: (-scores[n], n)), sorted(scores.items(), key=lambda kv: kv[1])[:2])
print(sorted(sorted(data), key=lambda p: p[1]))
