# round(): ints, floats, ndigits (positive, zero, negative, None), banker's rounding, __round__
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(7), round(-7), round(True))
print(round(3.14159, 2), round(3.14159, 0), round(3.14159, None), round(2.675, 2), round(-2.5, 0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1), round(99, -5))
print(round(2 ** 70 + 5, -1), round(1234.5678, -2), round(0.0, 3), round(-0.0), round(1e20, 2))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(5, 2)).__name__, type(round(True, 1)).__name__)
print(round(ndigits=1, number=2.25), round(number=7.5))

class Money:
    def __init__(self, v):
        self.v = v
    def __round__(self, nd=None):
        return "round(%s, %s)" % (self.v, nd)

print(round(Money(2.5)), round(Money(2.5), 1))
for bad in ("1.5", None, [1]):
    try:
        round(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    round(1.5, "1")
except TypeError as e:
    print("TypeError", e)
try:
    round()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(round(float("inf"), 1), round(float("nan"), 1))
print([round(x / 4) for x in range(-6, 7)], [round(x / 8, 2) for x in range(5)])
