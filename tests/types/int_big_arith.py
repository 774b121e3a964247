# int: arbitrary precision add/sub/mul across the small/big boundary
a = 2 ** 64
b = 3 ** 50
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(-a * b, a * -b, -a * -b)
print(a * 0, a * 1, a * -1)
print((2 ** 31 - 1) + 1, (2 ** 31) - 1, -(2 ** 31) - 1)
print((2 ** 63 - 1) + 1, (2 ** 63) * 2, -(2 ** 63) - 1)
print(2 ** 100 - 2 ** 100, (2 ** 100 + 1) - 2 ** 100)
print(type(2 ** 100 - 2 ** 100 + 5).__name__)

# factorial of 60 computed by repeated multiplication
f = 1
for i in range(1, 61):
    f *= i
print(f)
print(len(str(f)))

# sum of large numbers, subtraction back to small
s = 0
for i in range(20):
    s += 10 ** 30 + i
print(s)
for i in range(20):
    s -= 10 ** 30 + i
print(s, s == 0)

# mixed with small
big = 10 ** 40
print(big + 1, big - 1, 1 - big, big * 7, 7 * big)
print(-big, abs(-big), +big)
x = 12345678901234567890
print(x * x, x * x - x * x)
print(x * x * x)
print(0xFFFFFFFFFFFFFFFF + 1, 0xFFFFFFFFFFFFFFFF * 0xFFFFFFFFFFFFFFFF)
# Fibonacci to 300
p, q = 0, 1
for _ in range(300):
    p, q = q, p + q
print(p)
print(p % 1000000007, p // 10 ** 50)
print(big == 10 ** 40, big != big + 1, big > big - 1, -big < big)
