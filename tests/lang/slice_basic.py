# Slicing lists, tuples, strings, bytes and ranges with positive and negative bounds.

L = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(L[2:5], L[:3], L[7:], L[:], L[-3:], L[:-3], L[-5:-2])
print(L[5:2], L[-2:-5], L[100:], L[:100], L[-100:3], L[3:-100])
print(L[0:0], L[10:10], L[9:10])
t = tuple(L)
print(t[1:4], t[-1:], t[:0])
s = "hello world"
print(s[:5], s[6:], s[-5:], s[3:-3], repr(s[5:5]))
print(b"bytes!"[1:4], bytearray(b"abc")[1:])
r = range(10, 20)
print(r[2:5], list(r[2:5]), r[-3:])

# indexing with negative numbers
print(L[-1], L[-10], s[-1], t[-2])
for i in (10, -11):
    try:
        L[i]
    except IndexError as e:
        print("IndexError", e)
try:
    s[20]
except IndexError as e:
    print("IndexError", e)
try:
    t[-20]
except IndexError as e:
    print("IndexError", e)

# a slice is a copy
c = L[:]
c[0] = "changed"
print(L[0], c[0])

# slices with variables and expressions
n = 3
print(L[n:n * 2], L[-n:], L[len(L) // 2:])

# slice objects
sl = slice(1, 4)
print(L[sl], s[sl], sl.start, sl.stop, sl.step)
print(L[slice(None, 2)], L[slice(-2, None)])
print(slice(3), slice(1, 2, 3))

# None in slices means the default
print(L[None:3], L[7:None], L[None:None])

# slicing with bools and indexes through __index__
class Three:
    def __index__(self):
        return 3

print(L[Three()], L[:Three()], L[True:Three()])

# bad slice bounds
try:
    L["a":]
except TypeError as e:
    print("TypeError", e)
try:
    L[1.5]
except TypeError as e:
    print("TypeError", e)
