# Numeric hashes on a 32-bit machine: CPython's rule with the modulus 2**31-1 (as 32-bit CPython),
# equal for equal ints and floats, usable as dict keys across the two.  Prints only True.
M = 2 ** 31 - 1
ok = True
for v in (2 ** 30 - 1, 2 ** 30, 2 ** 31 + 5, 2 ** 40 + 2 ** 30, -(2 ** 45) - 7, 10 ** 20, 2 ** 62 - 1,
          3 ** 100, -(5 ** 80), M, M - 1, M + 1, 2 ** 61 - 1, -(2 ** 64), 7 ** 77):
    want = abs(v) % M * (1 if v >= 0 else -1)
    if want == -1:
        want = -2
    if hash(v) != want:
        ok = False
        print("hash", v, hash(v), want)
print(ok)
print(all(hash(float(v)) == hash(v) for v in (10 ** 10, 2 ** 40, -3 * 2 ** 50, 2 ** 62, 1e30, -2.5e300)
          if float(v) == v))
d = {10 ** 10: "a", 2 ** 40 + 2 ** 30: "b", -(2 ** 33): "c"}
print(d[1e10] == "a" and d[float(2 ** 40 + 2 ** 30)] == "b" and d[-8589934592.0] == "c")
print(hash(-1) == -2 and hash(-1.0) == -2 and hash(2 ** 31 - 1) == 0 and hash(float("inf")) == 314159)
