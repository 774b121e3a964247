# Annotations are parsed and do not change behaviour.

x: int = 3
y: "any string" = "hello"
z: list[int] = [1, 2]
print(x, y, z)

# an annotation without a value does not bind the name
w: int
try:
    print(w)
except NameError as e:
    print("NameError", e)

def f(a: int, b: str = "b", *args: float, c: bool = True, **kw: dict) -> str:
    return "%r %r %r %r %r" % (a, b, args, c, kw)

print(f(1), f("not an int", 2, 3.5, c=None, extra=0))

def g(p: "forward reference", q: "undefined name" = 5) -> None:
    return p, q

print(g(1))

# annotated class attributes without a value are not bound; with a value they are
class Point:
    x: float
    y: float = 0.0
    label: str = "origin"

    def __init__(self, x: float) -> None:
        self.x: float = x

p = Point(2.5)
print(p.x, p.y, p.label, hasattr(Point, "x"))

d = {}
d["key"]: int = 5     # a subscript target with a value is assigned
print(d)

# annotated assignment in a function makes the name local
counter = 10

def local_annot():
    counter: int = 1
    return counter

print(local_annot(), counter)

# lambdas cannot be annotated but can be the annotated value
h: "callable" = lambda v: v * 2
print(h(21))

# complex annotation expressions
def k(v: dict[str, list[tuple[int, ...]]] | None = None) -> "list[str]":
    return v

print(k({"a": [(1, 2)]}))

# annotated tuple unpacking is not allowed, but annotated single targets are
t: tuple = (1, 2)
a, b = t
print(a, b)
