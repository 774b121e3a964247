# bool(): truth testing of every kind of value, __bool__ and __len__ protocols
vals = [0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", "0", " ", b"", b"\x00", [], [0], (), (None,), {}, {0: 0},
        set(), {0}, frozenset(), range(0), range(-1), range(3), None, True, False, 2 ** 100, object]
print([bool(v) for v in vals])
print(bool(), bool(bool), bool(print), bool(type(None)))

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class BoolAndLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

class Neither:
    pass

print(bool(L(0)), bool(L(3)), bool(BoolAndLen()), bool(Neither()))

class BadLen:
    def __len__(self):
        return -1

class BadBool:
    def __bool__(self):
        return "yes"

try:
    bool(BadLen())
except ValueError as e:
    print("ValueError", e)
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    bool(x=1)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(bool("False"), bool([False]), not L(0), "y" if L(2) else "n")
print(bool.__name__, type(bool(1)).__name__, bool(1) is True, bool(0) is False)
print(int(bool(5)) + int(bool(0)), str(bool("x")), repr(bool([])))
class Sub(int):
    pass
print(bool(Sub(0)), bool(Sub(2)))
