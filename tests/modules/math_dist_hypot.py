# math.hypot with any number of arguments and math.dist
import math
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(), math.hypot(7), math.hypot(-3), math.hypot(1, 2, 2), math.hypot(2, 3, 6))
print(math.hypot(0, 0), math.hypot(1e200, 1e200) > 1e200, math.hypot(3e-200, 4e-200), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.hypot(*[1] * 16), math.hypot(8, 9, 12), math.hypot(1, 4, 8))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 3, 3]), math.dist((1,), (-2,)), math.dist((), ()))
print(math.dist((1.5, 2.5), (4.5, 6.5)), math.dist(range(3), range(3)))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print("ValueError", e)
try:
    math.dist([1], 5)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    math.hypot("a")
except TypeError as e:
    print("TypeError", e)
try:
    math.hypot(1, None)
except TypeError as e:
    print("TypeError", e)
points = [(0, 0), (3, 4), (6, 8), (6, 0)]
total = sum(math.dist(points[i], points[i + 1]) for i in range(len(points) - 1))
print(total)
print([math.hypot(x, x) == math.sqrt(2) * x for x in (1, 2, 4)])
print(round(math.hypot(1, 1), 15), math.hypot(True, True) == math.sqrt(2))
