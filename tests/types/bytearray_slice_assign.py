# bytearray slice assignment and deletion, with steps and resizing
ba = bytearray(b"0123456789")
ba[2:5] = b"abc"
print(ba)
ba[2:5] = b"X"
print(ba)
ba[2:3] = b"LONGER"
print(ba)
ba[:0] = b"<"
ba[len(ba):] = b">"
print(ba)
ba[1:3] = []
print(ba)
ba[0:2] = [65, 66, 67]
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
ba[1::3] = bytearray(len(ba[1::3]))
print(ba)
try:
    ba[::2] = b"too short"
except ValueError as e:
    print("ValueError", e)
del ba[::3]
print(ba)
del ba[1:4]
print(ba)
del ba[::-2]
print(ba)
del ba[:]
print(ba, len(ba))
z = bytearray(b"abcdefgh")
z[5:2:-1] = b"XYZ"
print(z)
z[-2:] = b""
print(z)
z[3:3] = b"ins"
print(z)
z[100:] = b"end"
print(z)
z[0:1] = bytearray(b"AA")
print(z)
z[:] = z
print(z)
z[2:4] = range(48, 52)
print(z)
for bad in (["a"], [256], "str"):
    try:
        z[0:1] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    z[0:1] = 5
except TypeError as e:
    print("TypeError", e)
