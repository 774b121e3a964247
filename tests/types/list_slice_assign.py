# list slice assignment: growing, shrinking, extended slices, from iterables
a = list(range(10))
a[2:5] = ["a", "b", "c"]
print(a)
a[2:5] = ["x"]
print(a)
a[2:3] = [1, 2, 3, 4]
print(a)
a[:0] = ["start"]
a[len(a):] = ["end"]
print(a)
a[1:3] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[1::3] = "WXYZ"[:len(a[1::3])]
print(a)
a[::-1] = list(range(len(a)))
print(a)
a[5:2] = ["gap"]
print(a)
a[-2:] = (7, 8, 9)
print(a)
a[100:] = [100]
print(a)
a[-100:1] = ["front"]
print(a)
b = [1, 2, 3]
b[:] = b
print(b)
b[1:2] = b
print(b)
c = [0, 1, 2, 3, 4, 5]
c[1:5:2] = range(2)
print(c)
c[::3] = iter(["p", "q"])
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    c[::0] = []
except ValueError as e:
    print("ValueError", e)
d = [1, 2, 3]
d[0:1] = "ab"
print(d)
d[1:1] = {9: None}
print(d)
e = list(range(6))
e[4:1:-1] = ["a", "b", "c"]
print(e)
