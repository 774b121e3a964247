# Single inheritance: overriding, extending, attribute lookup order.

class Shape:
    sides = 0
    name = "shape"

    def __init__(self, color="black"):
        self.color = color

    def describe(self):
        return "%s %s with %d sides, area %s" % (self.color, self.name, self.sides, self.area())

    def area(self):
        return 0

class Rect(Shape):
    sides = 4
    name = "rect"

    def __init__(self, w, h, color="red"):
        Shape.__init__(self, color)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

class Square(Rect):
    name = "square"

    def __init__(self, s):
        super().__init__(s, s, color="blue")

class Triangle(Shape):
    sides = 3
    name = "triangle"

for s in (Shape(), Rect(2, 3), Square(4), Triangle("green")):
    print(s.describe())

# the base method calls the overridden method (late binding through self)
class Report:
    def render(self):
        return "[" + self.title() + "]"
    def title(self):
        return "report"

class Summary(Report):
    def title(self):
        return "summary of " + super().title()

print(Report().render(), Summary().render())

# a subclass without __init__ uses the base's
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class Labeled(Point):
    def label(self):
        return "(%d, %d)" % (self.x, self.y)

print(Labeled(3, 4).label())
try:
    Labeled(1)
except TypeError as e:
    print("TypeError", e)

# instance attribute shadows class attribute of any class in the chain
sq = Square(2)
sq.name = "my square"
print(sq.describe())

# subclassing builtins
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]

st = Stack([1, 2])
st.push(3)
print(st, st.peek(), len(st), isinstance(st, list), st + [4])

class Upper(str):
    def shout(self):
        return self.upper() + "!"

u = Upper("hey")
print(u.shout(), u + "x", len(u), u == "hey")

class DefaultDict(dict):
    def __missing__(self, key):
        return "no " + key

dd = DefaultDict(a="A")
print(dd["a"], dd["b"], "b" in dd)

class Count(int):
    def double(self):
        return Count(self * 2)

c = Count(21)
print(c.double(), c + 1, type(c + 1).__name__, type(c.double()).__name__)
