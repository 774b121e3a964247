# list.sort and sorted(): ordering, key, reverse, mixed int/float, errors
a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3.5, 1, 2.25, -1, 0.0, 2]), sorted([True, 0, -1, 0.5]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted([[3], [1, 2], [1], []]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}), sorted(range(5, 0, -1)))
print(sorted([], reverse=True), sorted([1]), sorted(x % 7 for x in range(20)))
nums = list(range(50))
nums.sort(key=lambda n: (n % 5, -n))
print(nums)
big = [((i * 7919) % 211) for i in range(200)]
s = sorted(big)
print(s[:10], s[-10:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s))
b = sorted(big, reverse=True)
print(b == s[::-1])
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError", e)
try:
    sorted()
except TypeError as e:
    print("TypeError", type(e).__name__)
print(a.sort() is None, sorted(a) is not a)
m = [3, 1, 2]
r = sorted(m)
print(m, r)

class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "V(%d)" % self.v

print(sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(1)], key=lambda x: x.v))
print(sorted([[2, 1], [1, 2], [1, 1]], key=lambda p: p[1]))
