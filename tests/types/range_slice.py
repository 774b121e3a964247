# slicing ranges yields ranges; negative steps and empty results
r = range(0, 20, 2)
print(r[2:5], r[::2], r[::-1], r[1::3], r[-3:], r[:-3], r[5:2], r[100:], r[-100:2], r[::-3])
print(list(r[2:5]), list(r[::-1]), list(r[8:1:-2]), list(r[5:2]))
d = range(10, 0, -1)
print(d[2:5], list(d[2:5]), d[::-1], list(d[::-1]), d[::2], list(d[::-4]))
for start in (None, 1, -2):
    for stop in (None, 4, -1):
        for step in (None, 2, -1, -3):
            sl = slice(start, stop, step)
            print(list(range(9)[sl]) == list(range(9))[sl], end=" ")
    print()
try:
    r[::0]
except ValueError as e:
    print("ValueError", e)
try:
    r["a"]
except TypeError as e:
    print("TypeError", e)
print(range(5)[1:1] == range(0), len(range(0, 100, 7)[3:9]), range(0, 100, 7)[3:9])
big = range(10 ** 18)
print(big[10 ** 17: 10 ** 17 + 5], len(big[::10 ** 9]), big[::-1][0])
print(range(3)[::-1] == range(2, -1, -1), range(1, 2)[5:] == range(0))
