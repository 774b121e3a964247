# tuple repr (incl. single element), concatenation and conversions
print((), (1,), (1, 2), ("a",), ((),), ((1,),), (None,), ([],))
print(repr((1,)), str((1, 2)), repr(("x", "y")), repr((1.5, -0.0)))
print((1, (2, (3, (4,)))), ((1, 2), [3, 4], {5: 6}))
a = (1, 2)
b = (3,)
print(a + b, b + a, a + (), () + ())
c = a
c += b
print(a, c, c is not a)
c *= 2
print(c)
try:
    a + [3]
except TypeError as e:
    print("TypeError", e)
try:
    a + 3
except TypeError as e:
    print("TypeError", e)
try:
    a * 1.5
except TypeError as e:
    print("TypeError", e)
print(tuple([1, [2, 3]]), list((1, (2, 3))), tuple("héllo"), tuple(b"ab"))
print(str(tuple()), len(str((1,))), f"{(1, 2)}", "%s" % ((1, 2),), "{}".format((1,)))
print(tuple(i * i for i in range(5)), (*range(3), *"ab"), (*[],))
nested = (1,)
for i in range(5):
    nested = (nested,)
print(nested)
pt = (3, 4)
x, y = pt
print(x * x + y * y, pt[0], pt[-1], pt.__len__(), pt.__getitem__(1))
print(tuple.__name__, isinstance(pt, tuple), type(pt) is tuple)
words = tuple("the quick brown fox".split())
print(words, len(words), words[1:3], " ".join(words[::-1]))
print([(i, chr(97 + i)) for i in range(3)])
print(dict([(1, "a"), (2, "b")]), list(zip((1, 2), ("a", "b"))))
