# Chained comparisons: each operand evaluated at most once, short-circuit left to right.

log = []

def v(x):
    log.append(x)
    return x

print(v(1) < v(2) < v(3))
print(log)
log.clear()

print(v(1) < v(3) < v(2) < v(4))   # stops after 3 < 2 fails
print(log)
log.clear()

print(v(5) > v(6) > v(7))          # stops after the first comparison
print(log)
log.clear()

# the middle operand is evaluated once even when used twice
print(v(1) <= v(1) == v(1) >= v(0) != v(2))
print(log)
log.clear()

x = 5
print(0 < x < 10, 0 < x > 10, 10 > x >= 5, x == 5 == 5.0)
print(1 < 2 > 0 < 3 != 4 == 4)
print("a" < "b" < "c", "b" < "a" < "c")
print(1 == 1 != 2, 1 == 1 != 1)
a = [1]
b = a
print(a is b is not None, a is not b)
print(1 in [1, 2] in [[1, 2]])
print(2 not in [1] not in [[1]])

# comparisons of mixed numbers
print(1 < 1.5 < 2, 2 == 2.0 == True + True)

# each comparison in a chain may return non-bool values
class R:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return "truthy" if self.n < other.n else ""
    def __repr__(self):
        return "R(%d)" % self.n

print(repr(R(1) < R(2)))
print(repr(R(1) < R(2) < R(3)))
print(repr(R(1) < R(0) < R(3)))

# chains in conditions and loops
i = 0
while 0 <= i < 3:
    i += 1
print("i", i)
print([n for n in range(20) if 3 < n % 7 < 6])

# comparison errors happen only when reached
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError", e)
print(2 < 1 < "a")
try:
    print(1 < 2 < "a")
except TypeError as e:
    print("TypeError", e)
