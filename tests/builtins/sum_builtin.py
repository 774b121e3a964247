# sum(): start argument (positional and keyword), floats, big ints, lists, errors
print(sum([]), sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(101)), sum([1, 2], 10), sum([1], start=5))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([True, True, False]), sum([2 ** 64, 2 ** 64]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1, 2.5, 3]), type(sum([1, 2.0])).__name__)
print(sum(x * x for x in range(5)), sum(map(int, "12345")), sum({1: "a", 2: "b"}), sum({5, 6}))
print(sum([], start=[]) == [], sum([], 0.0), sum([-1, -2], -3))
for bad in (["a", "b"], [b"a"], [bytearray(b"a")]):
    try:
        sum(bad, type(bad[0])())
    except TypeError as e:
        print("TypeError", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, None])
except TypeError as e:
    print("TypeError", e)
try:
    sum()
except TypeError as e:
    print("TypeError", e)
try:
    sum([1], 2, 3)
except TypeError as e:
    print("TypeError", e)

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return V(self.x + (other.x if isinstance(other, V) else other))
    def __radd__(self, other):
        return V(other + self.x)

print(sum([V(1), V(2), V(3)]).x, sum([V(1)], V(10)).x)
print(sum(range(10 ** 4)), sum(i for i in range(1, 50, 2)), sum([[1, 2], [3]], [0]))
