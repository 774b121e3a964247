# Comprehensions have their own scope.

x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)

i = "outer i"
g = list(i for i in range(3))
print(g, i)

# names from the enclosing function are visible
def f(n):
    factor = 3
    return [factor * k for k in range(n)]

print(f(4))

# class bodies: only the first iterable sees class-level names
class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    limit = 2
    try:
        filtered = [v for v in items if v > limit]
    except NameError as e:
        filtered = "NameError"

print(C.doubled, C.filtered)

# a comprehension inside a method sees the method's locals
class D:
    def m(self, n):
        base = 10
        return [base + k for k in range(n)]

print(D().m(3))

# the loop variable of an inner comprehension does not leak into the outer one
print([[y for y in range(x)] for x in range(3)])
y = "kept"
print([y for y in "ab"], y)

# comprehension variables do not overwrite function locals
def g2():
    k = "local k"
    vals = {k: 1 for k in "ab"}
    return k, vals

print(g2())

# a comprehension at module level can read module globals defined later? no: at run time
later_list = [lambda: later_value for _ in range(1)]
later_value = "defined later"
print(later_list[0]())

# names assigned in a comprehension's condition via walrus do leak
[w for w in range(3) if (last_seen := w) > 5]
print(last_seen)

# the iteration variable can be a tuple target
print([a + b for a, b in [(1, 2), (3, 4)]])
try:
    a
except NameError:
    print("a not defined outside")
