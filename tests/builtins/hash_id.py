# hash() and id(): properties only, plus deterministic hashes of small ints
print(hash(0), hash(1), hash(7), hash(42), hash(-42), hash(True), hash(False))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0), hash(2.5) == hash(2.5))
print(hash(10 ** 20) == hash(10 ** 20), hash(2 ** 70) == hash(2.0 ** 70), hash((1, 2)) == hash((1, 2)))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(range(3)) == hash(range(0, 3)))
for bad in ([], {}, set(), bytearray(b"x"), [1, (2,)]):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)

class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v

class EqOnly:
    def __eq__(self, other):
        return True

print(hash(H(5)), hash(H(-7)), hash(H(2 ** 70)) == hash(2 ** 70))
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)

class BadHash:
    def __hash__(self):
        return "x"

try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
a = [1]
b = a
c = [1]
print(id(a) == id(a), id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
x = object()
ids = {id(x), id(x)}
print(len(ids))
objs = [object() for _ in range(5)]
print(len(set(id(o) for o in objs)))
print(id(None) == id(None), id(True) == id(True), id(print) == id(print))
try:
    hash()
except TypeError as e:
    print("TypeError", e)
try:
    id()
except TypeError as e:
    print("TypeError", e)
