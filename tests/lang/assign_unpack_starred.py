# Starred assignment targets collect the rest into a list.

a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "hey"
print(a)
[*a] = (7, 8)
print(a)
a, *b = "x"
print(a, b, type(b).__name__)
first, *middle, last = "abcdef"
print(first, middle, last)

# the starred target is always a list, even from a tuple
*t, = (1, 2)
print(type(t).__name__, t)

# starred target can be an attribute or a subscript
class O:
    pass

o = O()
d = {}
o.head, *o.tail = [5, 6, 7]
print(o.head, o.tail)
*d["rest"], d["end"] = range(4)
print(d)

# with generators
def gen(n):
    for i in range(n):
        yield i * i

x, *y = gen(5)
print(x, y)
*x, y = gen(1)
print(x, y)

for bad in ([], [1], "a"):
    try:
        a, *b, c = bad
        print(a, b, c)
    except ValueError as e:
        print("ValueError", e)

try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError", e)

try:
    *a, b = 3
except TypeError as e:
    print("TypeError", e)

# in for loops
for h, *rest in [(1, 2, 3), (4,), "xyz"]:
    print(h, rest)
