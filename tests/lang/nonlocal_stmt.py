# nonlocal: rebinding variables of enclosing function scopes.

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x      # skips middle, which has no x
            x = "changed by inner"
        inner()
    middle()
    return x

print(outer())

def shadowing():
    x = 1
    def a():
        x = 2            # local to a
        def b():
            nonlocal x   # refers to a's x
            x = 3
        b()
        return x
    return a(), x

print(shadowing())

# several names in one statement
def pair():
    lo = hi = 0
    def widen(v):
        nonlocal lo, hi
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    for v in (3, -2, 7, 1):
        widen(v)
    return lo, hi

print(pair())

# two closures sharing the same cell
def shared():
    val = 0
    def get():
        return val
    def put(v):
        nonlocal val
        val = v
    return get, put

get, put = shared()
print(get())
put(42)
print(get())

# nonlocal variable bound after the inner function is defined
def late():
    def setter():
        nonlocal v
        v = "set"
    v = "initial"
    setter()
    return v

print(late())

# nonlocal in a loop building a running total
def running():
    total = 0
    out = []
    def add(x):
        nonlocal total
        total += x
        out.append(total)
    for i in range(1, 6):
        add(i)
    return out

print(running())
