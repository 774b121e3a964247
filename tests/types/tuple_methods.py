# tuple: construction, count, index, unpacking, immutability
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2), t.index(2, -2), t.index(1, 1, 5))
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
print(type(()).__name__, type((1)).__name__, type((1,)).__name__, len(()), len((None,)))
a, b, c = (1, 2, 3)
print(a, b, c)
first, *rest = (10, 20, 30)
print(first, rest)
x = 1, 2
print(x, type(x).__name__)
try:
    t.index(7)
except ValueError as e:
    print("ValueError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    tuple(5)
except TypeError as e:
    print("TypeError", e)
try:
    t[10]
except IndexError as e:
    print("IndexError", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c, d = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
inner = ([1], [2])
inner[0].append(9)
print(inner)
try:
    inner[0] += [3]
except TypeError as e:
    print("TypeError", e)
print(inner)
print(t[1:4], t[::-1], t[::2], t[5:1:-2], type(t[1:2]).__name__)
print(tuple(t) is t, t[:] is t, t + () == t)
print((1, 2) * 2, 2 * (0,), () * 5, (1,) * 0)
print(sorted((3, 1, 2)), max((1, 5, 3)), sum((1, 2, 3)), 2 in t, 9 not in t)
