# bool: subclass of int, arithmetic, logic operators and conversions
print(True, False)
print(repr(True), str(False))
print(type(True).__name__, isinstance(True, int), issubclass(bool, int))
print(True + True, True * 10, False - 1, -True, ~True, ~False)
print(True / 2, True // 2, True % 2, 2 ** True)
print(True & False, True | False, True ^ True, False ^ True)
print(type(True & False).__name__, type(True | True).__name__)
print(type(True + False).__name__, type(True & 1).__name__)
print(True == 1, False == 0, True == 1 == 1.0)
print(True > False, True < 2, False >= 0)
print(int(True), float(False), str(True))
print(bool(0), bool(1), bool(-5), bool(0.0), bool(0.1))
print(bool(""), bool("a"), bool([]), bool([0]), bool(()), bool({}), bool({0: 0}))
print(bool(None), bool(range(0)), bool(range(1)), bool(b""), bool(b"\x00"))
print(bool(), bool(set()), bool(frozenset([1])))
print(not True, not 0, not "x")
print(True and 5, False and 5, 0 or "default", 3 or 4)
print(None or 0 or [] or "last")
print(1 and 2 and 3, 1 and 0 and 3)
print(sum([True, True, False, True]))
print([1, 2, 3][True], "ab"[False])
d = {1: "one", True: "true", 0: "zero"}
print(d)
print(d[False])
print(hash(True) == hash(1), hash(False) == 0)
print(True.__index__(), (5).__bool__(), (0).__bool__())
print(True.real, True.imag, True.numerator, True.denominator)
print(bin(True), hex(True), format(True, "d"), format(False, "5"))
print(f"{True}", f"{True!r}", "%s %d" % (True, True))
print(max(True, 0), min(False, -1))

class Falsy:
    def __bool__(self):
        return False

class ByLen:
    def __len__(self):
        return 0

class Bad:
    def __bool__(self):
        return 1

print(bool(Falsy()), bool(ByLen()), "yes" if Falsy() else "no")
try:
    bool(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError", e)
