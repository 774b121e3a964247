# range(): argument forms, __index__ arguments, big values and errors
print(list(range(4)), list(range(1, 4)), list(range(1, 10, 4)), list(range(4, 1, -1)), list(range(-2)))

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(range(I(3)), list(range(I(1), I(7), I(2))), range(True, 5))
print(range(2 ** 70), len(range(0, 2 ** 40, 2 ** 20)), range(2 ** 70)[-1] == 2 ** 70 - 1)
for args in ((1.0,), ("3",), (1, 2.0), (0, 10, 0.5), (None,)):
    try:
        range(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range()
except TypeError as e:
    print("TypeError", e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    range(stop=5)
except TypeError as e:
    print("TypeError", type(e).__name__)
r = range(3, 30, 3)
print(r.start, r.stop, r.step, r.count(9), r.index(27), 12 in r, 13 in r, r[-2], r[1:3])
print(repr(range(0)), repr(range(-5, 5)), repr(range(1, 2, 3)), str(range(3)))
print(range(0, 3) == range(3), range(0) == range(1, 1), range(1, 4, 2) == range(1, 5, 2), range(3) != range(4))
total = 0
for i in range(10, 0, -3):
    total += i
print(total, sum(range(0, 101, 5)), [i for i in range(20) if i % 7 == 0])
