# and/or return one of their operands and short-circuit; not returns a bool.

print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "given" or "default")
print([] and [1], [0] and [1])
print(None or 0 or "" or [] or "last")
print(1 and "x" and [2] and (3,))
print(0.0 or None)
print(not 0, not 1, not "", not "a", not None, not [])
print(type(not 5).__name__)

log = []

def t(name, value):
    log.append(name)
    return value

r = t("a", 0) and t("b", 1)
print(r, log)
log.clear()
r = t("a", 1) or t("b", 1)
print(r, log)
log.clear()
r = t("a", 1) and t("b", 0) and t("c", 1)
print(r, log)
log.clear()
r = t("a", 0) or t("b", 0) or t("c", "found")
print(r, log)
log.clear()
r = t("a", 0) and t("b", 1) or t("c", 2)
print(r, log)
log.clear()
r = t("a", 1) or t("b", 1) and t("c", 2)
print(r, log)
log.clear()

# short-circuit protects from errors
d = {}
print("k" in d and d["k"] > 0)
x = None
print(x is not None and x.missing)
L = []
print(len(L) > 0 and L[0] or "empty")

# objects with __bool__ and __len__
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool of", self.v)
        return self.v
    def __repr__(self):
        return "B(%r)" % self.v

print(B(True) and "next")
print(B(False) and "next")
print(B(False) or B(True))
print(not B(False))

# the result is the operand itself, not a copy
obj = [1, 2]
print((obj or []) is obj, (0 or obj) is obj)

# in if and while conditions
n = 3
out = []
while n and n > 0:
    out.append(n)
    n -= 1
print(out)
if [] or {} or 0:
    print("no")
else:
    print("all falsy")
