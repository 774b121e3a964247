# __repr__ and __str__: which is used where, and the fallbacks.

class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "both-str"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "only-str"

b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s.__str__())
print(str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {"k": b}, {1: r})
print("%s %r" % (b, b), "{} {!r}".format(b, b), f"{b} {b!r}")
print(repr(s).startswith("<") and "object at" in repr(s))

# containers always use repr of their items
print(str([b]), str(["text", 1.5, None]))

# repr of strings is quoted; str is not
v = "quote's"
print(str(v), repr(v), [v])

# __repr__ must return a string
class BadRepr:
    def __repr__(self):
        return 42

try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)

class BadStr:
    def __str__(self):
        return None

try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)

# inherited __repr__ uses the runtime class
class Base:
    def __repr__(self):
        return type(self).__name__ + "()"

class Derived(Base):
    pass

print(Base(), Derived(), [Derived()])

# recursive reprs of containers
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"self": None}
d["self"] = d
print(d)

# __repr__ of a class that contains instances of itself
class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
    def __repr__(self):
        return "Node(%r, %r)" % (self.v, self.children)

print(Node(1, [Node(2), Node(3, [Node(4)])]))

# print calls str() on each argument
class Loud:
    def __str__(self):
        print("(str called)", end=" ")
        return "loud"

print(Loud())
