# __hash__ and __eq__: dict/set behaviour, and defining __eq__ makes a class unhashable.

class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)

d = {Key(1, 2): "first"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
d[Key(1, 2)] = "replaced"
print(len(d), d)
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s))

# defining __eq__ without __hash__ sets __hash__ to None
class OnlyEq:
    def __eq__(self, other):
        return True

print(OnlyEq.__hash__ is None)
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError", e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print("TypeError", e)
try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError", e)

# explicitly unhashable
class NoHash:
    __hash__ = None

try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)

# default objects are hashable and equal only to themselves
class Default:
    pass

x = Default()
dd = {x: "x"}
print(dd[x], Default() in dd, hash(x) == hash(x))

# a subclass inherits __hash__ unless it defines __eq__
class Base:
    def __hash__(self):
        return 7

class Sub(Base):
    pass

class SubEq(Base):
    def __eq__(self, other):
        return False

print(hash(Sub()), SubEq.__hash__ is None)

# __hash__ must return an int
class BadHash:
    def __hash__(self):
        return "no"

try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)

# hash of numbers: equal numbers hash the same
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0))
print(hash(2 ** 100) == hash(float(2 ** 100)), hash((1, 2)) == hash((1, 2)))
print({1: "int", 1.0: "float", True: "bool"})
print(len({0, 0.0, False, -0.0}))

# unhashable builtin containers
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)

# a large custom hash value is fine
class Big:
    def __hash__(self):
        return 2 ** 100

print(isinstance(hash(Big()), int), Big() in {Big()})
