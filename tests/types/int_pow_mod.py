# int: exponentiation and three-argument pow
print(2 ** 200)
print((-3) ** 41)
print(7 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001)
print(pow(2, 10), pow(-2, 3), pow(2, -2))
print(pow(3, 200, 1000), pow(2, 1000, 10 ** 9 + 7))
print(pow(12345678901234567890, 65537, 10 ** 20 + 39))
print(pow(5, 0, 7), pow(5, 3, 1), pow(0, 0, 7))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
# modular inverse via negative exponent (3.8+)
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
print(3 * pow(3, -1, 7) % 7)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError", e)
# square-and-multiply check against repeated multiplication
base, exp, mod = 987654321, 123, 1000003
r = 1
for _ in range(exp):
    r = r * base % mod
print(r, pow(base, exp, mod), r == pow(base, exp, mod))
# big result
x = 3 ** 300
print(x % (10 ** 10), len(str(x)))
print(pow(10, 50) == 10 ** 50)
print(2 ** 0.5 == pow(2, 0.5))
print((-8) ** (1 / 3) == (-8) ** (1 / 3))
print(type(pow(2, 5)).__name__, type(pow(2, -5)).__name__)
