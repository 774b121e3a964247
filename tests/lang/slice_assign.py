# Assigning to list slices: replacing, growing, shrinking, extended slices.

L = list(range(6))
L[1:3] = ["a", "b"]
print(L)
L[1:3] = ["x"]
print(L)
L[1:2] = [1, 2, 3, 4]
print(L)
L[:0] = ["start"]
print(L)
L[len(L):] = ["end"]
print(L)
L[2:5] = []
print(L)
L[:] = "abc"
print(L)
L[1:1] = range(3)
print(L)
L[-2:] = (9, 9, 9)
print(L)
L[100:] = [100]
print(L)
L[5:2] = ["in"]    # empty slice at index 5
print(L)

# extended slices need exactly the right length
L = list(range(10))
L[::2] = "abcde"
print(L)
L[::-3] = [0, 0, 0, 0]
print(L)
try:
    L[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
L[::1] = [7]       # step 1 behaves like a plain slice
print(L)

# assigning an iterable that is the list itself
M = [1, 2, 3]
M[1:] = M
print(M)
M = [1, 2, 3]
M[::-1] = M
print(M)

# assigning a generator
M = [0, 0, 0, 0]
M[1:3] = (i * 10 for i in range(5))
print(M)

# non-iterables are rejected
try:
    M[0:1] = 5
except TypeError as e:
    print("TypeError", e)

# aliases see slice assignment (it mutates in place)
A = [1, 2, 3]
B = A
A[:] = [4]
print(B)

# bytearray slices
ba = bytearray(b"hello")
ba[0:1] = b"J"
ba[1:] = b"ELLO!"
print(ba)

# strings and tuples are immutable
try:
    s = "abc"
    s[0:1] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    t = (1, 2)
    t[:] = (3,)
except TypeError as e:
    print("TypeError", e)
