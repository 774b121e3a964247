# list operators: +, *, +=, *=, in, len, bool, list() from iterables
a = [1, 2]
b = [3]
print(a + b, b + a, a + [], [] + [], a * 3, 3 * a, a * 0, a * -1, [] * 5)
c = a
c += b
print(a, c, a is c)
c += (4, 5)
c += "xy"
c += range(2)
c += {"k": 1}
print(a)
d = [0]
d *= 3
print(d)
d *= 0
print(d, len(d))
e = [[0]] * 3
e[0].append(1)
print(e)
f = [[0] for _ in range(3)]
f[0].append(1)
print(f)
print(2 in [1, 2], 5 not in [1, 2], [1] in [[1], 2], "a" in ["abc"], None in [None])
print(len([]), len([[], []]), bool([]), bool([0]), not [])
print(list(), list("ab"), list((1, 2)), list(range(3)), list({1: 2, 3: 4}), list(x * x for x in range(4)))
print(list({"k": 1}.items()), list(reversed([1, 2, 3])), list(enumerate("ab")), list(zip([1, 2], "xy")))
for bad in (lambda: a + (1,), lambda: a + "s", lambda: a * 1.5, lambda: a * "2", lambda: list(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
g = [1]
try:
    g += 5
except TypeError as e:
    print("TypeError", e)
print(g)
h = list(range(5))
print(h.__len__(), h.__contains__(3), h.__getitem__(-1), h.__add__([9]), h.__mul__(2)[:6])
x = [1, 2, 3]
y = list(x)
y[0] = 99
print(x, y)
print([i for i in x if i % 2], [*x, *"ab", *range(2)])
