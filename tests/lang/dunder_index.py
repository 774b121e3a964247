# __index__ lets an object be used where an integer index is needed.

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

L = list("abcdef")
print(L[Idx(2)], L[Idx(-1)], L[Idx(1):Idx(4)], L[::Idx(2)])
print("hello"[Idx(1)], (1, 2, 3)[Idx(0)], b"xyz"[Idx(2)])
print(list(range(Idx(5))), range(10)[Idx(3)])
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print([0] * Idx(3), "ab" * Idx(2))
L[Idx(0)] = "A"
del L[Idx(5)]
print(L)
print(int.__index__(7), (7).__index__())
print(Idx(4).__index__())

# __index__ is not __int__: floats are rejected as indexes
try:
    L[1.0]
except TypeError as e:
    print("TypeError", e)

class OnlyInt:
    def __int__(self):
        return 2

try:
    L[OnlyInt()]
except TypeError as e:
    print("TypeError", e)
print(int(OnlyInt()))

# __index__ must return an int
class BadIdx:
    def __index__(self):
        return "1"

try:
    L[BadIdx()]
except TypeError as e:
    print("TypeError", e)

# bool is an int and works as an index
print(L[True], L[False])

# __int__ and __float__ conversions
class Conv:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5

print(int(Conv()), float(Conv()))

# int() falls back to __index__
class OnlyIndex:
    def __index__(self):
        return 9

print(int(OnlyIndex()))

# a very large index
try:
    L[Idx(10 ** 30)]
except IndexError as e:
    print("IndexError", type(e).__name__)
