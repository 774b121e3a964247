# Augmented assignment to attributes and subscripts evaluates the object and the
# key once, reads, computes and writes back.

log = []

class Obj:
    def __init__(self):
        object.__setattr__(self, "v", 1)

    def __getattribute__(self, name):
        log.append("get " + name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        log.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value)

def make():
    log.append("make")
    return o

o = Obj()
make().v += 10
print(log)
print(o.v)

class Seq:
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        log.append("getitem %r" % (k,))
        return self.data.get(repr(k), 0)

    def __setitem__(self, k, v):
        log.append("setitem %r=%r" % (k, v))
        self.data[repr(k)] = v

def key():
    log.append("key")
    return "k"

log.clear()
s = Seq()
s[key()] += 5
s[key()] *= 3
print(log)
print(s.data)

# slices as keys
log.clear()
s[1:2] += 1
print(log)

# plain containers
L = [1, 2, 3]
L[0] += 10
L[-1] *= 2
L[1] **= 3
print(L)
d = {"a": [1]}
d["a"] += [2]
d.setdefault("b", 0)
d["b"] -= 1
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)

class P:
    count = 0

p = P()
p.count += 1   # reads class attribute, writes instance attribute
print(p.count, P.count)
P.count += 5
print(p.count, P.count)

# a tuple element that is a list: the += succeeds in place, then the store fails
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)

try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
try:
    L[10] += 1
except IndexError as e:
    print("IndexError", e)
