# Infinite generators consumed with hand-written take/islice-like helpers.

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

def islice(it, start, stop, step=1):
    it = iter(it)
    i = 0
    nxt = start
    for x in it:
        if i >= stop:
            return
        if i == nxt:
            yield x
            nxt += step
        i += 1

def filter_gen(pred, it):
    for x in it:
        if pred(x):
            yield x

def map_gen(fn, it):
    for x in it:
        yield fn(x)

print(take(5, naturals()))
print(take(5, naturals(100)))
print(list(islice(naturals(), 10, 20, 3)))
print(take(6, filter_gen(lambda v: v % 7 == 3, naturals())))
print(take(4, map_gen(lambda v: v ** 3, naturals(1))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(take(20, fib()))
print(list(islice(fib(), 90, 91)))

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(take(25, primes()))

def cycle(items):
    while True:
        for x in items:
            yield x

print(take(7, cycle("abc")))

def repeat(v):
    while True:
        yield v

print(list(zip(range(3), repeat("r"))))

# pairing two infinite generators with zip stops only with a finite partner
print(list(zip("xyz", naturals(1), fib())))

# an infinite generator resumed later keeps its state
n = naturals()
print(next(n), next(n))
print(take(3, n))
print(next(n))

# collatz sequence generator that terminates
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(list(collatz(27))[:12], len(list(collatz(27))))
