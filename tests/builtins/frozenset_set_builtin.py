# set() and frozenset() builtins: from iterables, copies, errors, equality between them
print(set(), set([3, 1, 2, 1]), set((1,)), set(range(4)), set({"k": 1}) == {"k"}, sorted(set("hello")))
print(frozenset(), frozenset([2, 1]), frozenset(range(3)), sorted(frozenset("aba")))
print(set(frozenset([1, 2])), frozenset({1, 2}), type(set(frozenset())).__name__, type(frozenset(set())).__name__)
a = {1, 2}
b = set(a)
b.add(3)
print(a, b, b is not a)
fz = frozenset([1, 2])
print(frozenset(fz) is fz, frozenset(fz) == fz)
print(set(x % 3 for x in range(10)), frozenset(i * i for i in range(-2, 3)))
for bad in (1, None, 2.5):
    try:
        set(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        frozenset(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in ([[1]], [{}], [set()]):
    try:
        set(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    set(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    frozenset([], [])
except TypeError as e:
    print("TypeError", e)
print(set() == frozenset(), {1} == frozenset({1}), hash(frozenset()) == hash(frozenset()))
try:
    hash(set())
except TypeError as e:
    print("TypeError", e)
print(len(set([1, 1.0, True])), len(set("mississippi")), sorted(set("mississippi")))
print(set([frozenset([1]), frozenset([1])]) == {frozenset([1])})
