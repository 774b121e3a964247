# Float arithmetic and mixing with ints.

print(0.1 + 0.2, 1.5 * 4, 7.0 / 2, 7.5 // 2, 7.5 % 2, -7.5 % 2, 2.0 ** 10, 1e10 * 1e10)
print(3 + 0.5, 3 * 0.5, 3 / 2, 3 // 2.0, 3 % 2.0, 10 - 0.25, type(3 + 0.0).__name__)
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 5e-324 / 2, 2.0 ** -1074)
print(abs(-2.5), -(-2.5), +2.5, float(int(2.9)), float("1e-3") * 1000)
print(1.0 == 1, 1.5 > 1, 2 ** 53 == 2.0 ** 53, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(sum([0.1] * 10), sum([0.5, 0.25, 0.125]), max(1, 2.5), min(-1, -0.5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
print((0.1).is_integer(), (2.0).is_integer(), (1e300).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.25).as_integer_ratio())

# accumulating error versus exact decimal results
total = 0.0
for i in range(1, 101):
    total += 1 / i
print(total)
acc = 1.0
for i in range(20):
    acc *= 1.5
print(acc, 1.5 ** 20)

# mixed big int and float
print(2 ** 100 * 1.0, 2 ** 100 / 2 ** 50, (2 ** 100 + 1) * 0.5, 10 ** 20 + 0.5)
try:
    2 ** 2000 * 1.0
except OverflowError as e:
    print("OverflowError", e)
try:
    2 ** 2000 / 3
except OverflowError as e:
    print("OverflowError", type(e).__name__)
print(2 ** 2000 // 3 ** 1000 > 0, 10 ** 400 / 10 ** 399)

# float to int conversions
for v in (3.99, -3.99, 1e15 + 0.5, 2.0 ** 63, -(2.0 ** 70)):
    print(v, int(v))
