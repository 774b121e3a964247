# Comparisons between ints, floats and bools, including huge and special values.

print(1 == 1.0, 1 < 1.5, 2 > 1.9999999, -1 < -0.5, 0 == -0.0, True == 1.0, False < 0.5)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 10 ** 23 > 1e23)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, 10 ** 100 == nan)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([2, 1.5, True, 0.5, False]))
print(9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(-9007199254740993 < -9007199254740992.0, 123456789012345678 == 123456789012345678.0)
print(0.1 * 3 > 0.3, 1 / 3 == 0.3333333333333333, 2 / 3 > 0.6666666666666666)

# equal numbers are equal dictionary keys
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {2 ** 60: 1}[float(2 ** 60)])

# sort stability with equal mixed numbers
print(sorted([1.0, 1, True, 0, 0.0, False], key=lambda v: v))
print([type(v).__name__ for v in sorted([1.0, 1, True])])
