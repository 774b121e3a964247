# del with indexes and slices (incl. steps), and reading slices
a = list(range(12))
print(a[2:5], a[:3], a[9:], a[-3:], a[:-9], a[::3], a[1::4], a[::-1], a[::-3], a[8:2:-2], a[2:8:-1])
print(a[100:], a[-100:2], a[5:5], a[slice(2, 10, 3)], a[None:None:None] == a)
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[::-2]
print(a)
b = list(range(10))
del b[1:8:3]
print(b)
del b[5:1:-1]
print(b)
del b[10:]
print(b)
del b[:]
print(b)
c = list(range(5))
for bad in (5, -6):
    try:
        del c[bad]
    except IndexError as e:
        print("IndexError", e)
    try:
        c[bad]
    except IndexError as e:
        print("IndexError", e)
    try:
        c[bad] = 0
    except IndexError as e:
        print("IndexError", e)
try:
    del c["x"]
except TypeError as e:
    print("TypeError", e)
try:
    c[1.5]
except TypeError as e:
    print("TypeError", e)
try:
    c[::0]
except ValueError as e:
    print("ValueError", e)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
x = [1, 2, 3, 4, 5, 6, 7, 8]
while x:
    del x[::3]
    print(x)
