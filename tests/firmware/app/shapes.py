class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def __repr__(self):
        return "%s(%r, sides=%d)" % (type(self).__name__, self.name, self.sides)


class Square(Shape):
    sides = 4

    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return round(3.141592653589793 * self.r * self.r, 6)
