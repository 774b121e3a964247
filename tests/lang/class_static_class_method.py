# staticmethod and classmethod.

class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def how_many(cls):
        return cls.count

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)

d = Date.from_string("2024-02-29")
print(d, Date.is_leap(2024), Date.is_leap(1900), Date.is_leap(2000))
print(d.is_leap(2023), d.from_string("1999-12-31"), Date.how_many(), d.how_many())

# classmethods receive the subclass
class MyDate(Date):
    pass

md = MyDate.from_string("2000-01-01")
print(md, type(md).__name__)

# staticmethod and classmethod objects wrap functions
def plain(x):
    return x * 2

class Holder:
    s = staticmethod(plain)
    c = classmethod(lambda cls, x: cls.__name__ + str(x))

print(Holder.s(4), Holder().s(5), Holder.c(1), Holder().c(2))

# calling a staticmethod needs no instance; a normal method does
class T:
    @staticmethod
    def s():
        return "static"
    def m(self):
        return "method"

print(T.s(), T().s(), T().m())
try:
    T.m()
except TypeError as e:
    print("TypeError", e)

# classmethod as an alternative constructor counting instances per class
class Shape:
    made = 0
    @classmethod
    def make(cls):
        cls.made += 1
        return cls()

class Sq(Shape):
    made = 0

Shape.make(); Sq.make(); Sq.make()
print(Shape.made, Sq.made)

# static method calling another static method through the class
class MathUtil:
    @staticmethod
    def sq(x):
        return x * x
    @staticmethod
    def sum_sq(*xs):
        return sum(MathUtil.sq(x) for x in xs)

print(MathUtil.sum_sq(1, 2, 3))
print(type(staticmethod(plain)).__name__, type(classmethod(plain)).__name__)
