# inf, nan and negative zero.

import math

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf * 2, -inf * -1, inf / 1e308, 1 / inf, -1 / inf)
print(inf - inf, inf * 0, 0 * inf, nan + 1, inf / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -inf, inf > inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan is nan)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
print(float("inf") == float("Infinity"), float("-inf"), float("NaN"), float("-nan"))
print(max(1, inf), min(-inf, 0), sorted([3.0, -inf, inf, 0.0]))
print(int(1e308) > 0, 1e308 * 10 == inf, -1e308 * 10 == -inf)

try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)

# negative zero
nz = -0.0
print(nz, 0.0 == nz, repr(nz), str(nz), abs(nz), -nz, nz + 0.0, nz * 1, nz * -1)
print(math.copysign(1, nz), math.copysign(1, 0.0), 1 / inf, -1 / inf)
print(round(-0.4), round(-0.4, 1), -0.0 // 1, math.floor(-0.0), int(-0.9))
print(f"{nz:.1f} {nz:e} {nz}")

# nan in containers: identity is checked first
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], lst.count(nan), float("nan") in lst)

# arithmetic that produces specials
print(1e308 + 1e308, -1e308 - 1e308, 1e-320 / 1e10, 2.0 ** 1023 * 2)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
print(math.sqrt(inf), math.fabs(-inf), math.floor(2.5), math.ceil(-2.5))
try:
    math.floor(inf)
except OverflowError as e:
    print("OverflowError", e)

# hash of special values is stable for inf
print(hash(inf) == hash(float("inf")), hash(-inf) == hash(float("-inf")), hash(0.0) == hash(-0.0))
