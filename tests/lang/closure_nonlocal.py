# nonlocal counters and state machines built from closures.

def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        value = count
        count += step
        return value
    return counter

c = make_counter()
print(c(), c(), c())
d = make_counter(10, -2)
print(d(), d(), c())

# a bank account with several operations sharing a balance
def account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient funds")
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get

dep, wd, bal = account(100)
dep(50)
wd(30)
try:
    wd(500)
except ValueError as e:
    print("ValueError", e)
print(bal())

# a toggle
def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip

t = toggler()
print([t() for _ in range(5)])

# fibonacci generator via closure
def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt

f = fib_gen()
print([f() for _ in range(15)])

# a memoizing closure
def memoize(fn):
    cache = {}
    hits = 0
    def wrapper(n):
        nonlocal hits
        if n in cache:
            hits += 1
            return cache[n]
        cache[n] = fn(n)
        return cache[n]
    def stats():
        return hits, len(cache)
    return wrapper, stats

sq, stats = memoize(lambda n: n * n)
for v in (2, 3, 2, 2, 4):
    sq(v)
print(stats())

# nonlocal through two levels
def outer():
    n = 0
    def mid():
        def inner():
            nonlocal n
            n += 10
        inner()
        inner()
    mid()
    return n

print(outer())
