# Tuple packing: commas make tuples, parentheses only group.

t = 1, 2, 3
print(t, type(t).__name__)
single = 1,
print(single, len(single))
not_tuple = (1)
print(not_tuple, type(not_tuple).__name__)
empty = ()
print(empty, len(empty), type(()).__name__)
nested = (1, (2, 3), ((4,),))
print(nested, nested[1][0], nested[2][0][0])

def pair():
    return 1, 2

print(pair(), type(pair()).__name__)
x = 5,
print(x)
for item in 1, 2:
    print("item", item)
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0)

# tuples in subscripts
d = {}
d[1, 2] = "tuple key"
print(d[(1, 2)], d)

# trailing commas
lst = [1, 2, 3,]
tp = (1, 2,)
print(lst, tp)

# tuple immutability, but contained lists can change
tl = ([1], [2])
tl[0].append(99)
print(tl)
try:
    tl[0] = [0]
except TypeError as e:
    print("TypeError", e)

# packing and unpacking in one statement
a, b = b, a = 1, 2
print(a, b)

# parentheses around a generator expression are not a tuple
g = (i for i in range(3))
print(type(g).__name__, tuple(g))

# a tuple as a boolean
print(bool(()), bool((0,)), bool((None, None)))

# tuple methods and operations
t = (3, 1, 3, 2, 3)
print(t.count(3), t.index(2), len(t), 2 in t, sorted(t), t[::-1], t[1:3], min(t), max(t))
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
print(tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}))
