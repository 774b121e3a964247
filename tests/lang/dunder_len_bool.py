# __len__ and __bool__: truth testing and len().

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len(Sized(3)), bool(Sized(3)), bool(Sized(0)))
if not Sized(0):
    print("empty is falsy")

class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v

print(bool(Flag(True)), not Flag(False))
print("yes" if Flag(True) else "no")

# __bool__ takes priority over __len__
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

print(bool(Both()), len(Both()))

# objects with neither are true
class Neither:
    pass

print(bool(Neither()))

# __len__ must return a non-negative int
class Neg:
    def __len__(self):
        return -1

try:
    len(Neg())
except ValueError as e:
    print("ValueError", e)
try:
    bool(Neg())
except ValueError as e:
    print("ValueError", e)

class FloatLen:
    def __len__(self):
        return 2.5

try:
    len(FloatLen())
except TypeError as e:
    print("TypeError", e)

class BigLen:
    def __len__(self):
        return True   # bool is an int

print(len(BigLen()))

# __bool__ must return a bool
class BadBool:
    def __bool__(self):
        return 1

try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError in if")

# len of objects without __len__
try:
    len(Neither())
except TypeError as e:
    print("TypeError", e)
try:
    len(5)
except TypeError as e:
    print("TypeError", e)

# truthiness in while loops and and/or
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

c = Countdown(3)
while c:
    print("count", len(c))
    c.n -= 1
print(Countdown(0) or "fallback", (Countdown(2) and "both").upper())
