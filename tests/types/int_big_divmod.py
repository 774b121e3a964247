# int: floor division and modulo of big numbers with all sign combinations
a = 10 ** 40 + 12345
b = 987654321987654321
for x in (a, -a):
    for y in (b, -b, 7, -7, 10 ** 20, -(10 ** 20)):
        q, r = divmod(x, y)
        print(q, r, q * y + r == x, x // y == q, x % y == r)

# divisor bigger than dividend
print(divmod(5, 10 ** 30), divmod(-5, 10 ** 30), divmod(5, -(10 ** 30)))
# exact divisions
n = 2 ** 200
print(n // 2 ** 100 == 2 ** 100, n % 2 ** 100)
print(n // 3, n % 3)
print((3 ** 100) // (3 ** 60) == 3 ** 40)
print(-(3 ** 100) // (3 ** 60), (3 ** 100) % -(3 ** 60))
# true division of big ints gives float
print(10 ** 30 / 10 ** 28, (2 ** 70) / 2 ** 69, 1 / 2 ** 10)
print(10 ** 40 / 3)
try:
    10 ** 40 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(10 ** 40, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print("OverflowError", e)
print((10 ** 400) // (10 ** 399))
# digits by repeated divmod
m = 2 ** 127 - 1
digits = []
while m:
    m, d = divmod(m, 10)
    digits.append(d)
print("".join(str(d) for d in reversed(digits)))
print(str(2 ** 127 - 1))
