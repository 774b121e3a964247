# slice objects: attributes, indices(), repr, equality, use in subscripts
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None), slice(1, None), slice("a", "b"))
print(slice(3) == slice(None, 3, None), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
print(s.indices(5), s.indices(20), slice(None).indices(4), slice(None, None, -1).indices(4))
print(slice(-3, None).indices(10), slice(-30, 30).indices(10), slice(5, 1, -1).indices(3), slice(None, None, -2).indices(7))
print(slice(0, 0).indices(0), slice(2, -2).indices(3), slice(10, 20, 3).indices(15), slice(-1, -10, -3).indices(8))
print(range(*slice(1, None, 3).indices(10)), list(range(*slice(None, None, -1).indices(5))))
data = list(range(10))
for sl in (slice(2, 7), slice(None, None, 3), slice(-4, None), slice(8, 2, -2), slice(None, None, -1)):
    print(sl, data[sl], data[sl] == [data[i] for i in range(*sl.indices(len(data)))])
print("abcdef"[slice(1, 4)], (1, 2, 3)[slice(None, None, -1)], b"bytes"[slice(2)])
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError", e)
try:
    slice(1.5, 2).indices(5)
except TypeError as e:
    print("TypeError", e)
try:
    slice()
except TypeError as e:
    print("TypeError", e)
try:
    s.start = 3
except AttributeError as e:
    print("AttributeError", type(e).__name__)

class Recorder:
    def __getitem__(self, key):
        return key

r = Recorder()
print(r[1:2], r[::3], r[1:2, 3], r[:], r[::], r[1:], r[5], r["k"], r[...])
print(type(r[1:2]).__name__, r[1:2:3].step, r[None:None].start)
sl = slice(1, 4)
word = "slicing"
print(word[sl], word[1:4] == word[sl], [word[sl] for sl in (slice(2), slice(2, None))])
