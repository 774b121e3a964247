# Errors during object construction and in special methods.

class Strict:
    def __init__(self, value):
        if value < 0:
            raise ValueError("value must be >= 0, got %d" % value)
        self.value = value

print(Strict(3).value)
try:
    Strict(-1)
except ValueError as e:
    print("ValueError", e)
try:
    Strict()
except TypeError as e:
    print("TypeError", e)
try:
    Strict(1, 2)
except TypeError as e:
    print("TypeError", e)

# an exception in __init__ after some attributes were set: the object is discarded
created = []

class Partial:
    def __init__(self):
        self.first = 1
        created.append(self)
        raise RuntimeError("half built")

try:
    p = Partial()
except RuntimeError as e:
    print("RuntimeError", e)
print(len(created), created[0].first, "p" in globals())

# an exception from __new__
class NoNew:
    def __new__(cls):
        raise TypeError("refused in __new__")

try:
    NoNew()
except TypeError as e:
    print("TypeError", e)

# instantiating builtins with wrong arguments
for fn in (lambda: int("x"), lambda: list(1), lambda: dict(1), lambda: object(1), lambda: type()):
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

# exceptions inside __repr__, __eq__ and __hash__ propagate
class Bad:
    def __repr__(self):
        raise KeyError("repr failed")
    def __eq__(self, other):
        raise IndexError("eq failed")
    def __hash__(self):
        raise ZeroDivisionError("hash failed")

b = Bad()
for fn in (lambda: repr(b), lambda: str([b]), lambda: b == 1, lambda: [b].index(1),
           lambda: {b: 1}, lambda: b in {1, 2}):
    try:
        fn()
    except (KeyError, IndexError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# the class statement itself can fail
try:
    class Broken(5):
        pass
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    class Body:
        x = 1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError in class body:", e)
