# instances of a class with __slots__ (all the way up) have no __dict__; helpers that
# serialise objects test for it
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Loose(Point):          # no __slots__ of its own: gets a __dict__ again
    pass
class WithDict:
    __slots__ = ("a", "__dict__")
class Plain:
    def __init__(self):
        self.k = "v"

def to_dict(obj):
    if hasattr(obj, "__dict__"):
        return dict(vars(obj))
    names = []
    for klass in type(obj).__mro__:
        names.extend(getattr(klass, "__slots__", ()))
    return {n: getattr(obj, n) for n in names if hasattr(obj, n)}

samples = [Point(1, 2), Point3(1, 2, 3), Plain()]
for o in samples:
    print(type(o).__name__, hasattr(o, "__dict__"), to_dict(o))
for o in [Point(5, 6), Point3(0, 0, 0)]:
    try:
        print(o.__dict__)
    except AttributeError as e:
        print("AttributeError", e)
    try:
        print(vars(o))
    except TypeError as e:
        print("TypeError", e)
    try:
        o.extra = 1
    except AttributeError as e:
        print("AttributeError", e)
lo = Loose(1, 2)
lo.extra = 3
print(hasattr(lo, "__dict__"), lo.extra, vars(lo)["extra"], lo.x)
wd = WithDict()
wd.a = 1
wd.b = 2
print(hasattr(wd, "__dict__"), wd.__dict__.get("b"), wd.a)
print(sorted(Point3.__slots__), Point.__slots__)
