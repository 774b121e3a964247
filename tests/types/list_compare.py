# list comparisons: lexicographic, length, nested, equality with other types
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [] == [], [1] == [1.0], [1] == (1,))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0], [0] > [], [1, 2] <= [1, 2], [3] >= [2, 9])
print([[1, 2], [3]] < [[1, 2], [4]], [[1]] == [[1]], [[1], 2] < [[1], 3])
print(["a", "b"] < ["a", "c"], ["b"] > ["a", "z"], [1, "a"] == [1, "a"])
nan = float("nan")
print([nan] == [nan], [nan] != [nan], nan in [nan])
x = [nan]
print(x == x, [1, nan] < [2, nan])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError", e)
try:
    [1] < 1
except TypeError as e:
    print("TypeError", e)
print([1, "a"] < [2, 1], [1, 2] == [1, "2"])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]), sorted([[2, 1], [1, 2], [1], [2]]))

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v % 10 == other.v % 10

print([Eq(1), Eq(2)] == [Eq(11), Eq(22)], [Eq(1)] == [Eq(2)], Eq(3) in [Eq(13)], [Eq(4)].index(Eq(14)))
a = [1, 2, 3]
b = a
c = a[:]
print(a == b, a is b, a == c, a is c)
c.append(4)
print(a, c, a < c)
print([1, 2, 3].__eq__([1, 2, 3]), [1].__lt__([2]), [1].__eq__(5))
print([0] * 3 == [0, 0, 0], [[]] * 2 == [[], []], [True] == [1])
