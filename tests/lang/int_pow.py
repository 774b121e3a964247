# Exponentiation: int results, negative exponents give floats, three-argument pow.

print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, 4 ** 0.5, 2.0 ** 3)
print(type(2 ** 3).__name__, type(2 ** -3).__name__, type(4 ** 0.5).__name__)
print(2 ** 100, 3 ** 50, (-3) ** 33, 10 ** 30)
print(7 ** 77)
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(2, 100, 1000007), pow(-2, 3, 7), pow(2, 3, -5))
print(pow(3, -1, 7), pow(5, -2, 13), pow(7, 0, 1), pow(12345678901234567890, 98765, 10 ** 9 + 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError", type(e).__name__)
print((-8) ** 2.0, 2 ** 0.0, 0.0 ** 0, 1.5 ** 2, (-1.5) ** 3)
print(2 ** 2 ** 3, (2 ** 2) ** 3, -2 ** 2, 2 ** -2 ** 2)

# squaring by repeated multiplication agrees with **
v = 1
for i in range(70):
    v *= 3
print(v == 3 ** 70, v)

# float ** int and int ** float
print(1.5 ** 2, 0.5 ** 10, 10 ** -1, 1e10 ** 2, 9 ** 0.5, 2 ** 0.5 * 2 ** 0.5 > 1.99)
