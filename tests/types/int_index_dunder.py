# __index__: objects usable as integers in indexing, slicing, bin/hex, range
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

i = Idx(2)
lst = [10, 20, 30, 40, 50]
print(lst[i], lst[Idx(-1)], "hello"[i], (1, 2, 3)[Idx(0)])
print(lst[Idx(1):Idx(4)], lst[::Idx(2)])
print(bin(Idx(5)), oct(Idx(8)), hex(Idx(255)))
print(list(range(Idx(3))), range(Idx(1), Idx(10), Idx(3))[Idx(1)])
print(Idx(7).__index__())
print([0] * Idx(3), "ab" * Idx(2), b"x" * Idx(3))
print((5).__index__(), True.__index__())
print(int.__index__(9))
print(bytes(Idx(3)), bytearray(Idx(2)))
print(chr(Idx(65)))
lst[Idx(0)] = 99
print(lst)
del lst[Idx(1)]
print(lst)
print(format(Idx(10).__index__(), "b"))
print(lst[Idx(1)::Idx(-1)])

class NoIndex:
    pass

class BadIndex:
    def __index__(self):
        return "no"

for obj in (NoIndex(), 1.5, "3"):
    try:
        lst[obj]
    except TypeError as e:
        print("TypeError", e)
try:
    bin(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    lst[BadIndex()]
except TypeError as e:
    print("TypeError", e)
try:
    range(NoIndex())
except TypeError as e:
    print("TypeError", e)
print(int(Idx(4)), isinstance(Idx(4), int))
