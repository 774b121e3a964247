# for loops: else clause, loop variable after the loop, iteration over many types.

for i in range(3):
    pass
else:
    print("else, i =", i)

for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)

for x in []:
    print("never")
else:
    print("else on empty")

# the loop variable keeps its old value if the iterable is empty
x = "before"
for x in ():
    pass
print(x)

# primes with for/else
primes = []
for n in range(2, 40):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)

# iterate strings, dicts (keys in insertion order), tuples, sets of ints
for ch in "abc":
    print(ch, end=" ")
print()
d = {"z": 1, "a": 2, "m": 3}
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in d.items():
    print(k, v, end="; ")
print()
print(sorted(x for x in {3, 1, 2}))

# modifying the loop variable does not affect iteration
for i in range(3):
    print("i", i)
    i = 100

# the iterable is evaluated once
def seq():
    print("seq evaluated")
    return [1, 2]

for v in seq():
    print("v", v)

# continue in for with else
total = 0
for v in range(10):
    if v % 3:
        continue
    total += v
else:
    print("total", total)

# for over a list being appended to (runs until the end, including new items)
L = [1, 2, 3]
for v in L:
    if v < 3:
        L.append(v + 10)
print(L)

# for with a target that is an attribute
class Holder:
    pass

h = Holder()
for h.value in "xy":
    print("holder", h.value)
