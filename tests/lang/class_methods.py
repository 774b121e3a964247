# Instance methods, bound methods, calling through the class.

class Circle:
    pi = 3.14

    def __init__(self, r):
        self.r = r

    def area(self):
        return self.pi * self.r * self.r

    def scale(self, k):
        self.r *= k
        return self

    def describe(self):
        return "circle r=%s area=%.2f" % (self.r, self.area())

c = Circle(2)
print(c.area(), c.describe())
print(c.scale(2).scale(0.5).r)

# a bound method remembers its instance
m = c.area
c.r = 10
print(m())
print(m.__self__ is c, m.__func__ is Circle.area)

# calling through the class needs the instance explicitly
print(Circle.area(Circle(1)))
try:
    Circle.area()
except TypeError as e:
    print("TypeError", e)

# bound methods from different instances
a, b = Circle(1), Circle(2)
fs = [a.area, b.area]
print([f() for f in fs])

# methods stored in containers and passed around
ops = [str.upper, str.lower, str.title]
print([op("hello WORLD") for op in ops])
print(list(map(Circle.area, [Circle(1), Circle(3)])))

# method call chains
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self):
        return "-".join(self.parts)

print(Builder().add("a").add("b").add("c").build())

# method that calls another method through self and through the class
class Calc:
    def double(self, x):
        return 2 * x
    def quad(self, x):
        return self.double(self.double(x))
    def quad2(self, x):
        return Calc.double(self, Calc.double(self, x))

print(Calc().quad(3), Calc().quad2(3))

# self is just a name
class Odd:
    def get(this):
        return this.value
    value = "from class"

print(Odd().get())

# bound methods compare equal when they wrap the same function and instance
print(a.area == a.area, a.area == b.area)
