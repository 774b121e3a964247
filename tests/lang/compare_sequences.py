# Lexicographic comparison of lists, tuples, strings and bytes.

print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print((1, "b") < (1, "c"), (1, 2) == (1, 2), (1, 2) != (1, 2, 3), () < (1,))
print("abc" < "abd", "ab" < "abc", "Z" < "a", "a" < "aa", "" < " ")
print(b"ab" < b"b", b"\x00" < b"\x01", b"abc" == b"abc")
print([1, [2, 3]] < [1, [2, 4]], [(1, 2)] < [(1, 3)], [[1]] == [[1]])
print(sorted([(2, "a"), (1, "z"), (2, "A"), (1, "b")]))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(max([3, 1], [3, 0, 9]), min("zeta", "alpha", "beta"), max((1, 2), (1, 2, 0)))
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], (3,) > (2, 9, 9))
print([1.0, 2] == [1, 2.0], (True,) == (1,), [0] == [False])

# mixed types inside sequences compare only when reached
print([1, "a"] < [2, "b"], [1, "a"] == [1, "a"])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError", e)
print([1] == (1,), "1" == 1)

# comparison of unicode code points
print("\u00e9" > "z", "\u4e2d" > "\u00e9", sorted("b\u00e9aZ"))

# the first differing element decides, lengths only matter for prefixes
print([5] > [4, 100], [1, 2, 3] > [1, 2], (0, 0, 1) > (0, 0))
