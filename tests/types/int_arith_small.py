# int: basic arithmetic on small values with sign combinations
vals = [7, -7, 3, -3, 1, -1, 0, 12, -12]
for a in (7, -7, 0, 13):
    for b in (3, -3, 1, 5):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)

print(-(-5), +5, abs(-5), abs(5), -0)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 10 ** -2, (-2) ** -2)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(7 // 1, -7 // 1, 0 // 5, 0 % 5)
print(1 + 2 * 3 - 4 // 2 % 3)
print(sum(vals), min(vals), max(vals))

x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 5; print(x)
x **= 3; print(x)

for a, b in ((1, 0), (0, 0), (-5, 0)):
    try:
        a // b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        a % b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        a / b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" - 1
except TypeError as e:
    print("TypeError", e)
print(3 * "ab", [0] * 3, 0 * "x", -1 * [1])
