# max() and min(): iterables and positional args, key=, default=, ties, errors
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min((4, 9, 2)), max("hello"), min("hello"))
print(max([1, 2.5, 2]), min([-1, -1.5]), max(range(5)), min({3: "a", 1: "b"}), max({7, 2}))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([("a", 2), ("b", 1)], key=lambda p: p[1]), min("Hello World", key=str.lower))
print(max([], default="empty"), min([], default=None), max([5], default=0), max((), key=len, default=-1))
print(max(1, 2, key=lambda v: -v), min(1, 2, key=lambda v: -v))
print(max([1, 3, 3, 2], key=lambda v: v // 2), min(["bb", "aa", "cc"], key=len))
pairs = [(1, "first"), (1, "second")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max(iter([2, 8, 5])), min(x * x for x in range(-3, 2)), max(2 ** 100, 3), min(-(2 ** 100), 5))
for args in ([],), ((),), ("",):
    try:
        max(*args)
    except ValueError as e:
        print("ValueError", e)
    try:
        min(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    max()
except TypeError as e:
    print("TypeError", e)
try:
    min()
except TypeError as e:
    print("TypeError", e)
try:
    max(5)
except TypeError as e:
    print("TypeError", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
try:
    min([1], bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    max([1, 2], key=5)
except TypeError as e:
    print("TypeError", e)
nan = float("nan")
print(max(nan, 1), max(1, nan), min([3, nan, 1]))
print(max("a", "B"), max("a", "B", key=str.upper), min([[1, 2], [1], [0, 9]]))
print(max({"x": 3, "y": 9, "z": 1}, key={"x": 3, "y": 9, "z": 1}.get))
