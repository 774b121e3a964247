# range: len, indexing, iteration, repr, equality, containment, errors
r = range(10)
print(r, range(2, 5), range(0, 10, 3), range(5, 0, -1), range(0), range(-3, 3))
print(len(r), len(range(2, 5)), len(range(0, 10, 3)), len(range(5, 0, -1)), len(range(0)), len(range(5, 2)), len(range(0, -10, -3)))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 2, -3)), list(range(3, 3)), list(range(-5, -1)))
print(r[0], r[-1], r[5], range(2, 20, 3)[2], range(2, 20, 3)[-1], range(10, 0, -2)[1])
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, 3.5 in r, "a" in r)
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2), range(1) == range(1, 2, 7), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, range(1, 9, 2).start, range(1, 9, 2).stop, range(1, 9, 2).step)
print(r.index(7), r.count(7), r.count(11), range(0, 20, 5).index(15))
try:
    r.index(20)
except ValueError as e:
    print("ValueError", e)
for bad in (10, -11):
    try:
        r[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    range()
except TypeError as e:
    print("TypeError", e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
big = range(10 ** 20)
print(len(range(0, 10 ** 9, 7)), big[10 ** 19], 10 ** 19 in big, big[-1])
print(sum(range(101)), max(range(5, 50, 7)), min(range(9, 0, -2)), sorted(range(5, 0, -1)))
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(5, 0, -2))))
print(hash(range(3)) == hash(range(0, 3, 1)), bool(range(0)), bool(range(1)), type(r).__name__)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "stop"))
print(list(range(True, 5, True)), range(3)[True])
