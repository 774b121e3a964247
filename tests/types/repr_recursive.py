# repr of containers that contain themselves
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a]
print(b)
t = (a,)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
dd = {}
dd[1] = [dd]
print(dd)
nested = [[], {}]
nested[0].append(nested)
nested[1]["n"] = nested
print(nested)
print(len(repr(a)), repr(a).count("..."))
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return "Node(%r)" % (self.children,)

n = Node()
n.children.append(1)
print(n)
m = [0] * 3
m[1] = m
print(m)
s = [a, a]
print(s)
z = {}
z["a"] = z
z["b"] = [z, {"c": z}]
print(z)
print(a == a, a[2] is a, d["self"]["self"]["k"])
q = [1]
q.append(q)
q.append(q)
print(q)
l2 = [[[]]]
l2[0][0].append(l2)
print(l2)
