# dict equality, key equality across numeric types, hashable key kinds, user keys
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: "a"} == {1: "b"}, {} == {}, {1: 1} == {1.0: 1.0})
print({1: [1]} == {1: [1]}, {1: 2} != {1: 2, 3: 4}, {"a": 1} == [("a", 1)])
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print("TypeError", e)
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[2 ** 70] = "big"
d[float(2 ** 70)] = "bigf"
print(len(d), d[2 ** 70])
keys = [0, -1, 3.5, "s", b"b", (1, "t"), frozenset([1, 2]), None, True, range(3), 10 ** 30]
m = {k: i for i, k in enumerate(keys)}
print(len(m), [m[k] for k in keys])
print(m[frozenset([2, 1])], m[(1, "t")], m[range(0, 3)], m[-1.0 + 0])
for bad in ([1], {1: 2}, {1}, bytearray(b"x")):
    try:
        m[bad] = 0
    except TypeError as e:
        print("TypeError", e)

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return "Key(%d)" % self.v

u = {Key(1): "one", Key(4): "four", Key(7): "seven"}
print(u[Key(4)], Key(10) in u, len(u), list(u))
del u[Key(4)]
print(u, u.get(Key(7)))

class Plain:
    pass

p1, p2 = Plain(), Plain()
pd = {p1: 1, p2: 2}
print(pd[p1], pd[p2], len(pd), Plain() in pd)

class NoHash:
    __hash__ = None

try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError", e)
