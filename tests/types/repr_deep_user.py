# repr recursion through a user __repr__, and a RecursionError or another exception caught in
# the program: the lists it was printing must not stay marked as "being printed" (the next repr
# of a recursive list ran out of memory).  Deeper than the guard's table (32 objects) is in
# tests/tools/robust.sh: the board's C stack ends such a recursion before.
class C:
    def __init__(self, n): self.n = n
    def __repr__(self):
        return repr([C(self.n + 1)]) if self.n < 3 else 'end'
print(repr(C(0)))
class D:
    def __repr__(self): return repr([self])
import sys
sys.setrecursionlimit(150)   # (each level takes ~160 bytes: 1000 of them would not fit in 64 kB)
try:
    repr(D())
except RecursionError:
    print('RecursionError')
sys.setrecursionlimit(1000)
a = []
for i in range(50):
    a = [a, i]
a[0][0][0][0].append(a)
print(repr(a)[:40], repr(a)[-30:])
class E:
    def __repr__(self): raise ValueError('no')
b = [1, [2, E()]]
for i in range(3):
    try:
        print(repr(b))
    except ValueError as e:
        print('ValueError', e)
b[1].append(b)
b[1][1] = 3
print(b, {1: b})
