# filter() and map(): functions, None predicate, multiple iterables, laziness
print(list(filter(None, [0, 1, "", "a", [], [0], None, 2.5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(max, "abc", "bab", "cca")), list(map(len, ["", "ab", "abc"])))
print(list(map(int, "123")), list(map(abs, (-1, -2))), tuple(map(str.upper, ["x", "y"])))
m = map(lambda v: v * 10, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(None, iter([0, 5, 0, 6]))
print(next(f), next(f), next(f, "exhausted"))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
log = []

def tracked(x):
    log.append(x)
    return x > 1

lazy = filter(tracked, [1, 2, 3])
print(log, next(lazy), log)
mp = map(tracked, [5, 6])
print(log)
print(list(mp), log)
try:
    map(len)
except TypeError as e:
    print("TypeError", e)
try:
    list(map(5, [1]))
except TypeError as e:
    print("TypeError", e)
try:
    filter(None, 3)
except TypeError as e:
    print("TypeError", e)
try:
    filter(None)
except TypeError as e:
    print("TypeError", e)
try:
    list(map(lambda x: x, [1], 2))
except TypeError as e:
    print("TypeError", e)
print(sum(map(lambda c: ord(c) - 96, "abc")), dict(map(lambda k: (k, len(k)), ["aa", "b"])))
print(list(filter(lambda w: len(w) > 2, "a bb ccc dddd".split())))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(map(str.strip, [" a ", "b "])), list(filter(lambda p: p[1], {"a": 0, "b": 1}.items())))
