# Membership tests with in / not in on builtin containers.

print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print(1 in (1,), () in [()], [] in [[]], [1] in [[1], 2])
print("a" in "abc", "bc" in "abc", "ac" in "abc", "" in "abc", "" in "")
print(b"b" in b"abc", 98 in b"abc", b"" in b"")
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {"k": 1}.values(), ("k", 1) in {"k": 1}.items())
print(3 in {1, 2, 3}, 3 in frozenset([3]), 3.0 in {3}, True in {1})
print(5 in range(10), 10 in range(10), -1 in range(-5, 0), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(2.0 in range(5), 2.5 in range(5), 10 ** 6 in range(10 ** 7))
print(None in [None], None in [], None not in [0, False, ""])

# in uses == (after identity)
print(1 in [1.0], 1.0 in [True], "1" in [1])

# in with generators consumes items
g = (i * i for i in range(10))
print(16 in g, list(g))

# in with nested structures only checks the top level
print(1 in [[1], [2]], [1] in [[1], [2]])

# chained with other comparisons
print(1 in [1] in [[1]], 1 in [1] == True)

# in on a dict checks keys, and requires a hashable left operand
try:
    [] in {}
except TypeError as e:
    print("TypeError", e)
try:
    3 in 3
except TypeError as e:
    print("TypeError", e)
try:
    None in "abc"
except TypeError as e:
    print("TypeError", e)

# not in is a single operator; "not x in y" means the same
print(not 1 in [1], (not 1) in [False])
