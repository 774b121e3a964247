# Extended slices: steps, negative steps, reversed copies.

L = list(range(10))
print(L[::2], L[1::2], L[::3], L[::-1], L[::-2])
print(L[8:2:-2], L[2:8:-1], L[-1:-4:-1], L[-4:-1:-1])
print(L[5::-1], L[:5:-1], L[100::-3], L[:-100:-4])
print(L[1:9:100], L[::-100])
s = "abcdefgh"
print(s[::2], s[::-1], s[-2::-3], s[1:7:2])
print(b"0123456789"[::4], tuple(L)[::-5], range(20)[::5])
print(list(range(20)[15:3:-4]))

# palindrome checks
for word in ("level", "hello", "", "a", "abba"):
    print(repr(word), word == word[::-1])

try:
    L[::0]
except ValueError as e:
    print("ValueError", e)
try:
    s[1:2:0]
except ValueError as e:
    print("ValueError", e)

# big and negative steps with all combinations of bounds
for start in (None, 0, 3, -3, 12):
    for stop in (None, 1, -1, -12):
        for step in (None, 2, -2, -1):
            print(start, stop, step, L[start:stop:step])

# slice.indices clamps to the length
print(slice(None, None, -1).indices(5))
print(slice(-100, 100, 2).indices(5))
print(slice(1, -1).indices(10))
