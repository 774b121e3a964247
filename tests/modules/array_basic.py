# array.array: construction, append, extend, indexing, slicing, len, iteration, repr, tobytes/frombytes
from array import array
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array("i", [7]))
print(a, len(a), a[0], a[-1], a[2:5], a[::-2], list(a), sum(a), 3 in a, 9 in a)
a[0] = 100
a[1:3] = array("i", [20, 30])
print(a, a.index(30), a.count(7), a.pop(), a.pop(0), a)
a.insert(1, -9)
a.remove(30)
a.reverse()
print(a, a.typecode, a.itemsize, type(a).__name__)
b = array("B", b"\x01\x02\xff")
print(b, b.tobytes(), list(b), array("B", [1, 2]) == array("B", [1, 2]), array("B", [1]) + array("B", [2]), array("b", [1]) * 3)
f = array("f", [1.5, -2.25])
d = array("d", [0.1, 1e300])
print(f, d, f[0], d[1], f.tobytes().hex(), len(d.tobytes()))
h = array("h")
h.frombytes(b"\x01\x00\xff\xff")
print(h, array("H", b"\xff\xff\x01\x00"), array("h", [1, -1]).tobytes())
for x in array("l", [3, 1, 2]):
    print(x, end=" ")
print()
print(array("i"), repr(array("d")), str(array("B", [65])), array("i", [1]) == array("i", [1]))
for tc, bad in (("B", 256), ("B", -1), ("b", 128), ("h", 40000), ("H", -5), ("i", 2 ** 31), ("I", -1)):
    try:
        array(tc, [bad])
    except OverflowError as e:
        print("OverflowError", tc, bad)
for tc, bad in (("i", 1.5), ("i", "x"), ("d", "x")):
    try:
        array(tc, [bad])
    except TypeError as e:
        print("TypeError", tc, type(e).__name__)
try:
    array("z")
except ValueError as e:
    print("ValueError", type(e).__name__)
try:
    array("i", [1])[5]
except IndexError as e:
    print("IndexError", e)
try:
    array("i", [1]) + array("d", [1.0])
except TypeError as e:
    print("TypeError", type(e).__name__)
c = array("i", range(10))
del c[2:8]
print(c, array("i", sorted(array("i", [3, 1, 2]))), array("i", reversed(array("i", [1, 2]))))
print(array("d", [1, 2]).tolist(), array("b", b"\x80\x7f").tolist())
