# Nested unpacking targets in assignments and for loops.

(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = 1, [2, 3]
print(a, b, c)
[a, [b, *c]] = [1, (2, 3, 4)]
print(a, b, c)
(a, (b, (c, d))) = "w", ("x", ("y", "z"))
print(a, b, c, d)
((a, b), (c, d)) = "ab", "cd"
print(a, b, c, d)
a, (b, *c), *d = 1, "xyz", 4, 5
print(a, b, c, d)

pairs = [(1, ("one", "I")), (2, ("two", "II"))]
for n, (word, roman) in pairs:
    print(n, word, roman)

d = {"k": [1, 2], "m": [3, 4]}
for key, (lo, hi) in d.items():
    print(key, lo + hi)

for i, (x, y) in enumerate(zip("ab", "cd")):
    print(i, x, y)

# nested targets that are attributes and subscripts
class P:
    pass

p = P()
L = [0, 0]
(p.x, L[0]), (L[1], p.y) = (1, 2), (3, 4)
print(p.x, p.y, L)

try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print("ValueError", e)

try:
    (a, b), c = 1, 2
except TypeError as e:
    print("TypeError", e)

try:
    a, (b, c) = 1, [2]
except ValueError as e:
    print("ValueError", e)

# a partially done unpacking keeps earlier bindings
q = r = s = "old"
try:
    q, (r, s) = "new", "abc"
except ValueError as e:
    print("ValueError", e)
print(q, r, s)
