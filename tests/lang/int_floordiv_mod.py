# Floor division and modulo: the result has the sign of the divisor.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (1, 10), (-1, 10), (2 ** 65 + 1, 7), (-(2 ** 65) - 1, 7), (2 ** 65, -(2 ** 33)),
         (5, 2 ** 70), (-5, 2 ** 70)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)

# floats
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1, 0.3), (-1, 0.3), (0.0, 5), (-0.0, 5)):
    print(a, b, a // b, a % b, divmod(a, b))

# true division always gives float
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__, 1 / 3, 2 ** 70 / 2 ** 68)
print(10 ** 20 / 10 ** 10, (2 ** 53 + 1) / 1, 7 / -2)

# division by zero
for expr in ("1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "1.0 // 0", "1.0 % 0", "0 / 0", "2 ** 80 // 0"):
    try:
        if expr == "1 // 0": 1 // 0
        elif expr == "1 % 0": 1 % 0
        elif expr == "divmod(1, 0)": divmod(1, 0)
        elif expr == "1 / 0": 1 / 0
        elif expr == "1.0 // 0": 1.0 // 0
        elif expr == "1.0 % 0": 1.0 % 0
        elif expr == "0 / 0": 0 / 0
        else: 2 ** 80 // 0
    except ZeroDivisionError as e:
        print(expr, "->", e)

# modulo used for wrapping indexes and clock arithmetic
print([(i % 3) for i in range(-4, 5)], (-1) % 12, 13 % 12, -13 % 12)
print([(i // 3) for i in range(-4, 5)])
