# round() of floats with and without ndigits (round-half-even, exact decimal value)
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1.4999, 2.5000001):
    print(v, round(v), type(round(v)).__name__)
for v in (2.675, 1.005, 0.125, 0.375, 1.25, 1.35, -1.25, 123.456, -123.456, 1e-10, 5e15 + 0.5):
    print(v, round(v, 0), round(v, 1), round(v, 2), round(v, 3))
for v in (1234.5678, -9876.54321, 15.0, 25.0, 0.0):
    print(v, round(v, -1), round(v, -2), round(v, -3), round(v, -5))
print(round(1.5, None), type(round(1.5, None)).__name__, type(round(1.5, 0)).__name__)
print(round(-0.4), round(-0.0, 1), round(0.0))
print(round(1e300, 2), round(1e-300, 2), round(1e300, -300))
print(round(float("inf"), 2), round(float("-inf"), 0), round(float("nan"), 1))
print(round(2 ** 0.5, 10), round(1 / 3, 5), round(2 / 3, 15))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1.23456789, 20), round(5.5, 400), round(5.5, -400))
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
