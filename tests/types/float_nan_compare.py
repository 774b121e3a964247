# NaN and infinity in comparisons, containers and sorting-free checks
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < nan, nan > 0, nan <= inf, nan >= -inf)
print(nan is nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
n2 = float("nan")
print(n2 in [nan], [n2] == [nan], {nan: 1}.get(nan), {nan: 1}.get(n2))
print(inf == inf, inf > 1e308, -inf < -1e308, inf == float("infinity"))
print(inf - inf != inf - inf, inf * 0 != 0)
print(max(1.0, 2.0, inf), min(-inf, 0.0), max(inf, -inf))
print(nan > 1, 1 > nan, max(nan, 1), max(1, nan))
print(-0.0 == 0.0, -0.0 < 0.0, str(-0.0), str(abs(-0.0)))
vals = [nan, 1.0, inf, -inf]
print([v == v for v in vals], [v != v for v in vals])
print(nan == 0, 0 == nan, nan == None, nan == "nan")
print(sorted([inf, -inf, 0.0, 1e308, -1e308]))
print(abs(-inf), -(-inf), abs(nan) != abs(nan))
print(bool(nan), bool(inf), bool(-0.0))
print(1e308 + 1e308 == inf, -1e308 * 2 == -inf)
count = 0
for x in (nan, 0.0, inf, nan):
    if x != x:
        count += 1
print("nan count", count)
print(str(nan), repr(-inf), str(float("-nan")), format(nan, ".2f"), format(inf, "8.3f"))
print(int(inf == inf), int(nan == nan))
