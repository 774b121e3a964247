# Chained assignment: a = b = c binds every target to the same object,
# targets are assigned left to right after the value is evaluated once.

a = b = c = 5
print(a, b, c)

x = y = []
x.append(1)
print(x, y, x is y)

log = []

def value():
    log.append("value")
    return 7

class Rec:
    def __setattr__(self, name, v):
        log.append("set " + name)
        object.__setattr__(self, name, v)

class Box:
    def __setitem__(self, k, v):
        log.append("item %r=%r" % (k, v))

r = Rec()
bx = Box()
r.p = bx["k"] = r.q = value()
print(log)
print(r.p, r.q)

# chained assignment mixing names and unpacking targets
p, q = s = (1, 2)
print(p, q, s)
s2 = (t1, t2) = [3, 4]
print(s2, t1, t2)

# the same name twice: the last target wins
n = n = 3
print(n)
d = {}
d["a"] = d["b"] = len(d)
print(d)

# a target that fails stops the chain after the earlier ones were bound
lst = [0]
try:
    first = lst[5] = second = 9
except IndexError as e:
    print("IndexError", e)
print(first)
try:
    print(second)
except NameError as e:
    print("NameError", e)

# chained assignment to attributes of a fresh object
class O:
    pass

o = O()
o.a = o.b = o
print(o.a is o, o.b is o)
