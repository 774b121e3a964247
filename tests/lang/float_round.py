# round(): ties to even for exact halves; ndigits; ints; returned types.

print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994)])
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159), round(-3.7), round(-3.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(5e-324, 400), round(1e300, 2), round(1.5e16, -5))
print(round(7), round(-7), round(12345, -1), round(12355, -1), round(12345, -2), round(-125, -1))
print(round(15, -1), round(25, -1), round(35, -1), round(2 ** 70 + 5, -1))
print(round(0.0), round(-0.0), round(-0.0, 1), round(1e20), round(0.1 + 0.2, 15))
print(round(True), round(1.23456789e-5, 7), round(123.456, 10))

try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(round(float("inf"), 2), round(float("nan"), 1))

# rounding in formatting also uses round-half-even on the exact binary value
print("%.0f %.0f %.0f %.1f %.1f %.2f" % (0.5, 1.5, 2.5, 0.25, 0.35, 1.005))
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {0.625:.2f}")

# int() truncates toward zero, // floors
for v in (2.7, -2.7, 2.5, -2.5):
    print(v, int(v), v // 1, round(v))

# __round__ on user classes
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __round__(self, ndigits=None):
        return "rounded(%r)" % ndigits

print(round(Money(5)), round(Money(5), 2))
