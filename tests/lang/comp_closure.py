# Closures created in comprehensions capture the loop variable (late binding).

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])

funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make(n):
    return lambda: n

funcs = [make(i) for i in range(3)]
print([f() for f in funcs])

# every comprehension run has a fresh variable
def batch():
    return [lambda: k for k in "ab"]

first = batch()
second = batch()
print([f() for f in first], [f() for f in second])

# closures over the comprehension variable see its final value
adders = {n: (lambda x: x + n) for n in range(3)}
print([adders[k](10) for k in adders])

# generator expression with a closure evaluated lazily sees each value
gen_funcs = (lambda: j for j in range(3))
print([f() for f in gen_funcs])

# nested comprehension capturing both levels
grid = [[lambda r=r, c=c: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in grid])

# a closure over an enclosing function variable changed after the comprehension
def outer():
    base = 1
    fs = [lambda v=v: base + v for v in range(3)]
    base = 100
    return [f() for f in fs]

print(outer())

# nonlocal update from inside a comprehension-created lambda
def counter_list():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    results = [bump() for _ in range(4)]
    return results, count

print(counter_list())
