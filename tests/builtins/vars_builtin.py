# vars(): instance __dict__, class namespaces, no-argument form, errors
class P:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(vars(p), vars(p) is p.__dict__)
vars(p)["z"] = 3
print(p.z, sorted(vars(p)))
cls_vars = vars(P)
print("kind" in cls_vars, "__init__" in cls_vars, cls_vars["kind"])

def f():
    local_a = 1
    local_b = "two"
    return sorted(vars().items())

print(f())
import math
print("sqrt" in vars(math), vars(math)["pi"] == math.pi)
for bad in (1, "s", [1], None):
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    vars(p, p)
except TypeError as e:
    print("TypeError", e)

class Empty:
    pass

e = Empty()
print(vars(e), len(vars(e)))
e.a = 1
e.b = [2]
print(vars(e))
del e.a
print(vars(e))
copy = dict(vars(p))
copy["x"] = 100
print(p.x, copy["x"])
print(type(vars(p)).__name__, list(vars(P(5, 6)).values()))
