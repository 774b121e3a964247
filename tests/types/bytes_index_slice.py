# indexing bytes yields ints, slicing yields bytes; iteration, len, compare, hash
b = b"\x00\x10ABC\xff"
print(b[0], b[1], b[2], b[-1], b[-2], type(b[0]).__name__)
print(b[2:5], b[:2], b[-3:], b[::2], b[::-1], b[4:1:-1], b[10:], type(b[1:3]).__name__)
print(list(b), len(b), [x for x in b"abc"], tuple(b"hi"))
ba = bytearray(b)
print(ba[0], ba[-1], ba[2:5], ba[::-1], type(ba[2:5]).__name__)
for bad in (6, -7):
    try:
        b[bad]
    except IndexError as e:
        print("IndexError", e)
    try:
        ba[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    b["x"]
except TypeError as e:
    print("TypeError", e)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"" < b"\x00", b"\xff" > b"\x7f")
print(b"abc" == "abc", b"a" == 97, bytearray(b"abc") < b"abd", b"abd" > bytearray(b"abc"))
print(hash(b"abc") == hash(b"abc"), hash(b"abc") == hash(bytes(bytearray(b"abc"))))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
try:
    b"a" < "a"
except TypeError as e:
    print("TypeError", e)
print(sorted([b"b", b"a", b"ab", b"", b"\xff"]), max(b"hello"), min(b"hello"), sum(b"\x01\x02\x03"))
d = {b"key": 1}
print(d[b"key"], b"key" in d, bytes(bytearray(b"key")) in d)
print(b[slice(1, 4)], b[1:100:3], b[-100:2])
it = iter(b"xy")
print(next(it), next(it), next(it, None))
print(b"abc".__len__(), b"abc".__getitem__(1), b"abc"[True])
print(b"abc" * 2, b"a" + b"b", b"ab"[:1] + b"cd"[1:])
