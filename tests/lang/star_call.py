# Unpacking in calls: *iterables and **mappings, several of each, mixed with plain args.

def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, sorted(kwargs.items()))

a = [1, 2]
t = (3,)
d1 = {"x": 1}
d2 = {"y": 2}
print(show(*a))
print(show(0, *a, 9, *t))
print(show(*"ab", *range(2)))
print(show(**d1))
print(show(**d1, **d2, z=3))
print(show(1, *a, k=0, **d1))
print(show(*[], **{}))

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

print(f(*[1, 2]))
print(f(*[1], **{"b": 2, "d": 5}))
print(f(**{"a": 1, "b": 2, "c": 0}))
print(f(*(i * 10 for i in range(3))))

# errors
try:
    f(*[1], **{"a": 2, "b": 3})
except TypeError as e:
    print("TypeError", e)
try:
    show(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError", "multiple values for keyword argument 'x'" in str(e))
try:
    show(x=1, **{"x": 2})
except TypeError as e:
    print("TypeError", "multiple values for keyword argument 'x'" in str(e))
try:
    f(*5)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    f(**[1, 2])
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    f(1, 2, **{"e": 5})
except TypeError as e:
    print("TypeError", e)

# a user mapping with keys() and __getitem__ works with **
class Mapping:
    def keys(self):
        return ["b", "a"]
    def __getitem__(self, k):
        return k.upper()

print(f(**Mapping()))

# star-args to builtins
print(max(*[3, 9, 2]), min(*"hello"))
pairs = [(1, "a"), (2, "b")]
print(list(zip(*pairs)))
print(*[1, 2, 3], sep="-")
print(*"xyz")

# order of evaluation: left to right
log = []

def item(x):
    log.append(x)
    return x

show(item(1), *[item(2)], item(3), k=item(4), **{"m": item(5)})
print(log)
