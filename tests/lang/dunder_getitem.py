# __getitem__, __setitem__ and __delitem__ with ints, slices, tuples and other keys.

class Log:
    def __init__(self):
        self.store = {}
    def __getitem__(self, key):
        print("get", key)
        return self.store.get(repr(key), "default")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.store[repr(key)] = value
    def __delitem__(self, key):
        print("del", key)
        del self.store[repr(key)]

g = Log()
g[0] = "zero"
print(g[0])
g[1:3] = "slice"
print(g[1:3])
g[::2]
g[1:2:3]
g[:, 1]
g[1, 2] = "tuple"
print(g[1, 2], g[(1, 2)])
g["name"] = "str key"
g[...] = "ellipsis"
print(g[...])
del g[0]
try:
    del g[99]
except KeyError:
    print("KeyError from store")

# a sequence-like class: negative indexes are not translated automatically
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i

s = Seq(5)
print(s[2], s[-1], s[1:4], s[::-2], len(s))
try:
    s[5]
except IndexError as e:
    print("IndexError", e)

# iteration falls back to __getitem__ until IndexError
print(list(s), 9 in s, 10 in s)

# a grid indexed by tuples
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.cells = [0] * (w * h)
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v

gr = Grid(3, 2)
gr[2, 1] = 7
gr[0, 0] += 1
print(gr[2, 1], gr[0, 0], gr.cells)

# missing methods give TypeErrors
class ReadOnly:
    def __getitem__(self, k):
        return k

ro = ReadOnly()
print(ro["x"])
try:
    ro["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del ro["x"]
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
try:
    object()[0]
except TypeError as e:
    print("TypeError", e)
