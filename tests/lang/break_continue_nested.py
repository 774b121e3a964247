# break and continue only affect the innermost loop.

for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 1:
            break
        print("pair", i, j)
    else:
        print("inner else", i)

found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)

# while inside for, for inside while
n = 0
while n < 3:
    n += 1
    for k in "ab":
        if n == 2:
            break
        print("n", n, "k", k)
    else:
        continue
    print("inner loop broke at n", n)

# continue in a nested loop goes to the next item of that loop
out = []
for a in range(3):
    for b in range(3):
        if a == b:
            continue
        out.append(a * 10 + b)
print(out)

# break out of the inner while loop, the outer keeps going
rows = []
r = 0
while r < 3:
    c = 0
    while True:
        if c > r:
            break
        c += 1
    rows.append(c)
    r += 1
print(rows)

# flag-free escape using a function and return
def first_pair(limit):
    for x in range(limit):
        for y in range(limit):
            if x + y == limit and x > y:
                return x, y
    return None

print(first_pair(5), first_pair(1))

# loops in a generator with break
def pairs():
    for i in range(4):
        for j in range(4):
            if j > i:
                break
            yield i, j

print(list(pairs()))
