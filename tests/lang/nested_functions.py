# Nested function definitions: visibility, recursion, returning inner functions.

def outer(x):
    def double():
        return x * 2
    def add(y):
        return double() + y
    return add(1)

print(outer(5))

# an inner function calling itself recursively
def count_nodes(tree):
    def walk(node):
        if node is None:
            return 0
        left, right = node
        return 1 + walk(left) + walk(right)
    return walk(tree)

print(count_nodes(((None, None), ((None, None), None))))

# inner functions referencing each other (defined later in the enclosing body)
def parity(n):
    def even(k):
        return True if k == 0 else odd(k - 1)
    def odd(k):
        return False if k == 0 else even(k - 1)
    return even(n)

print(parity(10), parity(7))

# inner functions are created anew on each call
def factory():
    def inner():
        return "inner"
    return inner

print(factory() is factory(), factory()() == factory()())

# three levels deep reading variables from every level
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2

print(level1(1)(10)(100))

# an inner function shadowing an outer variable
def shadow():
    v = "outer"
    def inner():
        v = "inner"
        return v
    return inner(), v

print(shadow())

# inner function used as a key function
def sort_by_distance(points, origin):
    def dist(p):
        return (p[0] - origin[0]) ** 2 + (p[1] - origin[1]) ** 2
    return sorted(points, key=dist)

print(sort_by_distance([(5, 5), (1, 1), (3, 0)], (0, 0)))

# a nested generator function
def pipeline(data):
    def evens():
        for d in data:
            if d % 2 == 0:
                yield d
    def squared():
        for e in evens():
            yield e * e
    return list(squared())

print(pipeline(range(10)))
