# len(): builtin containers, __len__ protocol, errors
print(len(""), len("héllo"), len(b"h\xc3\xa9"), len([]), len([[]]), len(()), len({}), len({1: 2}), len(set()))
print(len(frozenset([1, 2])), len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(bytearray(5)))
print(len({1: 2}.keys()), len({1: 2}.items()), len({}.values()), len("€😀"), len(range(-5, 5, 2)))

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len(Sized(0)), len(Sized(7)), len(Sized(True)))
for n in (-1, "3", 2.0):
    try:
        len(Sized(n))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    len(Sized(2 ** 100))
except OverflowError as e:
    print("OverflowError", type(e).__name__)
for bad in (5, None, 1.5, object(), (x for x in [])):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    len()
except TypeError as e:
    print("TypeError", e)
try:
    len([], [])
except TypeError as e:
    print("TypeError", e)
print(len(range(2 ** 20)), len([0] * 100), len("ab" * 50))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError", type(e).__name__)
print(type(len([])).__name__, [len(w) for w in "a bb ccc".split()])
