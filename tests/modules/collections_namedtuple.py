# collections.namedtuple: fields, indexing, _asdict, _replace, _fields, defaults, _make
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point.__name__, type(p).__name__, repr(Point(x=3, y=4)), Point(5, y=6))
print(p._asdict(), type(p._asdict()).__name__, p._replace(x=10), p, Point._make([7, 8]))
x, y = p
print(x, y, p + (3,), p * 2, p.count(1), p.index(2), sorted([Point(2, 1), Point(1, 2)]))
P3 = namedtuple("P3", "a b c")
P3b = namedtuple("P3b", "a, b, c")
print(P3(1, 2, 3), P3b._fields, P3._fields == P3b._fields)
D = namedtuple("D", ["name", "age", "city"], defaults=["?", "nowhere"])
print(D("ann"), D("bob", 30), D("cy", 1, "oslo"), D._field_defaults)
try:
    D()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", type(e).__name__)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", type(e).__name__)
try:
    namedtuple("Bad", ["ok", "1bad"])
except ValueError as e:
    print("ValueError", type(e).__name__)
R = namedtuple("R", ["def", "x", "x"], rename=True)
print(R._fields)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d[(0, 0)], hash(Point(1, 2)) == hash((1, 2)))
class Vec(namedtuple("VecBase", "x y")):
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(3, 4)
print(v.norm2(), v, v._replace(x=0).norm2())
print([pt.x for pt in map(Point._make, [(1, 2), (3, 4)])])
