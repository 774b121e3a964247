# for loops over range() with all kinds of arguments.

print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 5)), list(range(5, 2)), list(range(-3)), list(range(2, 5, -1)))
print(list(range(-5, 5, 2)), list(range(5, -5, -2)), list(range(-1, -10, -4)))

total = 0
for i in range(1, 101):
    total += i
print(total)

# the range is evaluated once; changing the bound variable has no effect
n = 3
for i in range(n):
    n += 10
print(i, n)

# len, indexing, slicing, membership, reversed
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2:5], list(r[::-2]), 11 in r, 12 in r, list(reversed(r)))
print(r.start, r.stop, r.step, r.index(15), r.count(7), r == range(3, 31, 4))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), len(range(-10, 10, 3)))

# big ranges are lazy
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 11 in big, big[10 ** 6])

# nested range loops
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)

# errors
for args in ((1, 2, 0), (1.5,), ("1",)):
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError", e)

# loop variable after a range loop and after an empty range
for k in range(4):
    pass
print(k)
k = "unchanged"
for k in range(0):
    pass
print(k)

# counting down with a negative step, and stepping by more than the span
print([x for x in range(10, -1, -5)], list(range(0, 3, 10)))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)))
