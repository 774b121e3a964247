# bytearray mutation: item assignment, append extend insert pop remove reverse clear copy
ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba[-1] = ord("O")
print(ba)
ba.append(33)
print(ba)
ba.extend(b" world")
ba.extend([1, 2])
ba.extend(bytearray(b"+"))
ba.extend(range(48, 51))
print(ba, len(ba))
ba.insert(0, 62)
ba.insert(-1, 45)
ba.insert(100, 60)
ba.insert(-100, 91)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, len(c), len(ba))
ba += b"!!"
print(ba[-3:])
ba *= 2
print(len(ba))
del ba[0]
del ba[-5:]
print(ba)
for bad_call in (lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.insert(0, 999),
                 lambda: ba.extend([1, 300]), lambda: ba.__setitem__(0, 256)):
    try:
        bad_call()
    except ValueError as e:
        print("ValueError", e)
for bad_call in (lambda: ba.append("a"), lambda: ba.extend("str"), lambda: ba.append(b"a"), lambda: ba.__setitem__(0, "x")):
    try:
        bad_call()
    except TypeError as e:
        print("TypeError", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError", e)
try:
    bytearray(b"a").pop(5)
except IndexError as e:
    print("IndexError", e)
try:
    bytearray(b"abc").remove(ord("z"))
except ValueError as e:
    print("ValueError", e)
try:
    bytearray(b"abc")[3] = 1
except IndexError as e:
    print("IndexError", e)
x = bytearray(3)
for i in range(3):
    x[i] = i * 100
print(x, x.count(100), x.index(200), x.find(b"\x64"))
