# del of attributes, subscripts, slices, and of tuple/list target lists.

class C:
    cls_attr = "class"

c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, "a"), c.b)
try:
    del c.a
except AttributeError as e:
    print("AttributeError", e)
# deleting the instance attribute uncovers the class attribute
c.cls_attr = "instance"
print(c.cls_attr)
del c.cls_attr
print(c.cls_attr)
del C.cls_attr
print(hasattr(c, "cls_attr"))

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)

L = list(range(10))
del L[0]
print(L)
del L[-1]
print(L)
del L[2:4]
print(L)
del L[::2]
print(L)
del L[:]
print(L)
try:
    del L[0]
except IndexError as e:
    print("IndexError", e)

L = list(range(10))
del L[100:200]
print(L)
del L[::-3]
print(L)

# target lists: deleted left to right
x, y, z = 1, 2, 3
M = [10, 20, 30]
del x, M[0], (y, [z])
print(M)
try:
    x
except NameError:
    print("x deleted")
try:
    y
except NameError:
    print("y deleted")
try:
    z
except NameError:
    print("z deleted")

# custom __delitem__ receives slices and tuples
class Log:
    def __delitem__(self, k):
        print("delitem", k)

lg = Log()
del lg[1]
del lg[1:2]
del lg[::3]
del lg[1, 2]
del lg["k"], lg[-1]

try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print("TypeError", e)
try:
    s = "abc"
    del s[0]
except TypeError as e:
    print("TypeError", e)
