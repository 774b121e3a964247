# list() and tuple() builtins: from every iterable kind, copies, errors
src = [1, [2]]
print(list(), list(src), list(src) is not src, list(src)[1] is src[1], tuple(), tuple(src))
print(list("héllo"), list(b"ab"), list(range(3)), list({"a": 1, "b": 2}), list({3: 0}.values()))
print(tuple("ab"), tuple([1, 2]), tuple(x for x in range(3)), tuple({1: 2}.items()), tuple(reversed("abc")))
t = (1, 2)
print(tuple(t) is t, list(t), list(map(str, t)), list(zip(t, t)), list(enumerate(t)))
print(list(iter([9, 8])), list(filter(None, (0, 1))), tuple(set([5])), sorted(tuple({3, 1, 2})))
for bad in (1, None, 2.0):
    try:
        list(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        tuple(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    list(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    tuple([], [])
except TypeError as e:
    print("TypeError", e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1

print(list(Countdown(4)), tuple(Countdown(2)), list(Countdown(0)))

class MyList(list):
    pass

ml = MyList([1, 2])
print(ml, type(ml).__name__, list(ml), type(list(ml)).__name__)
print(type(list()).__name__, type(tuple()).__name__, list.__name__, tuple.__name__)
