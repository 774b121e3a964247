# pow(): two and three arguments, keyword names, negative exponents, mixed types, errors
print(pow(2, 10), pow(-2, 3), pow(2, -1), pow(2.5, 2), pow(4, 0.5), pow(0, 0), pow(-1, 2 ** 70))
print(pow(3, 4, 5), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7), pow(10 ** 20, 10 ** 10, 97))
print(pow(base=2, exp=5), pow(2, exp=3, mod=5), pow(7, -1, 11), pow(-7, -2, 11))
print(pow(True, 5), pow(2, False), type(pow(2, 3)).__name__, type(pow(2, -3)).__name__, type(pow(2.0, 3)).__name__)

class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)

print(pow(P(), 2), pow(P(), 2, 3), pow(5, P()), P() ** 4, 3 ** P())
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(0.0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    pow("2", 2)
except TypeError as e:
    print("TypeError", e)
try:
    pow(2)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    pow(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
print(pow(2, 0.5) == 2 ** 0.5, pow(10, -2), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print([pow(i, 2, 7) for i in range(7)], sum(pow(d, 3) for d in (1, 5, 3)))
