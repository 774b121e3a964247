# Tuple and list unpacking of every kind of iterable, swaps and the errors.

a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = "xy"
print(e, f)
g, h, i = range(3)
print(g, h, i)
j, k = {"one": 1, "two": 2}
print(j, k)
m, = [42]
print(m)
(n,) = (43,)
print(n)
[] = []
() = ()
print("empty targets ok")

def gen():
    yield "p"
    yield "q"

u, v = gen()
print(u, v)

# rotation uses the values before any assignment
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)

# swap of list elements
L = [10, 20, 30]
L[0], L[2] = L[2], L[0]
print(L)

# the right side is fully evaluated before binding
i = 0
L = [0, 0, 0]
i, L[i] = 1, 9
print(i, L)

for bad in ([1, 2, 3], [1], (), "abcd"):
    try:
        a, b = bad
        print("unpacked", a, b)
    except ValueError as e:
        print("ValueError", e)

try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)

try:
    a, b, c = gen()
except ValueError as e:
    print("ValueError", e)

# unpacking an iterator that is longer than needed
def counting():
    for i in range(10):
        print("yield", i)
        yield i

try:
    a, b = counting()
except ValueError as e:
    print("ValueError", e)
