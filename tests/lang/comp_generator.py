# Generator expressions: lazy, single-use, first iterable evaluated immediately.

g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))     # exhausted

print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "banana"), reverse=True))
print(tuple(i for i in range(3)), list(c for c in "ab" if c != "a"))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
print("-".join(str(i) for i in range(4)))
print(dict((k, v) for k, v in [("a", 1), ("b", 2)]))

# laziness: nothing runs until iteration
log = []

def src():
    for i in range(3):
        log.append("produce %d" % i)
        yield i

gen = (v * 10 for v in src())
print(log)
print(next(gen), log)
print(list(gen), log)

# the first iterable is evaluated when the expression is created
def first():
    print("first iterable evaluated")
    return [1, 2]

gx = (a for a in first())
print("created")
print(list(gx))

# errors in the first iterable appear immediately, others lazily
try:
    gx = (a for a in 5)
except TypeError as e:
    print("TypeError immediately")
gy = (a for b in [1] for a in 5)
try:
    next(gy)
except TypeError as e:
    print("TypeError on first next")

# errors inside the expression appear during iteration
gz = (1 // x for x in (1, 0))
print(next(gz))
try:
    next(gz)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# nested generator expressions and early stop
nums = (n for n in range(10 ** 9))
evens = (n for n in nums if n % 2 == 0)
squares = (n * n for n in evens)
first_five = []
for sq in squares:
    if len(first_five) == 5:
        break
    first_five.append(sq)
print(first_five)

# a generator expression as the only argument needs no extra parentheses
print(sum(i for i in range(4)), sum((i for i in range(4)), 10))
