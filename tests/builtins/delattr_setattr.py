# setattr() and delattr(): instances, classes, dynamic names, errors
class Obj:
    cls_attr = "class"

o = Obj()
setattr(o, "x", 1)
setattr(o, "with space", 2)
setattr(o, "x", 3)
print(o.x, getattr(o, "with space"), vars(o))
delattr(o, "x")
print(hasattr(o, "x"), vars(o))
setattr(Obj, "added", "new")
print(o.added, Obj.added)
delattr(Obj, "added")
print(hasattr(o, "added"))
for name in ("a", "b", "c"):
    setattr(o, name, name.upper())
print([getattr(o, n) for n in "abc"], sorted(k for k in vars(o) if len(k) == 1))
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(o, "cls_attr")
except AttributeError as e:
    print("AttributeError", e)
try:
    setattr(o, 5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    delattr(o, None)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError", e)
try:
    setattr(o, "x")
except TypeError as e:
    print("TypeError", e)
try:
    delattr(o)
except TypeError as e:
    print("TypeError", e)

class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)

g = Guard()
setattr(g, "v", 5)
print(g.v)
try:
    setattr(g, "_p", 1)
except AttributeError as e:
    print("AttributeError", e)
delattr(g, "v")
print(hasattr(g, "v"))
print(setattr(o, "r", 0), delattr(o, "r"))
