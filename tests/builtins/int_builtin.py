# int(): all argument forms, base keyword, __int__/__index__/__trunc__, errors
print(int(), int(5), int(-5.9), int("  12 "), int("-0"), int(True), int(2 ** 80), int(b"17"), int("ff", 16))
print(int("11", base=2), int("z", 36), int("0x1F", 0), int("0o17", 8), int("0b11", 2), int("  +7  ", base=10))
print(int(3.999999), int(-0.5), int(1e18), int("1_0"), int(bytearray(b"9")))

class HasInt:
    def __int__(self):
        return 11

class HasIndex:
    def __index__(self):
        return 12

print(int(HasInt()), int(HasIndex()))

class BadInt:
    def __int__(self):
        return "nope"

try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
for s in ("", "abc", "1.0", "1e5", "0x10", "12a", "--5", "5-"):
    try:
        int(s)
    except ValueError as e:
        print("ValueError", e)
for args in (("10", 1), ("10", 37), ("10", -2)):
    try:
        int(*args)
    except ValueError as e:
        print("ValueError", e)
for bad in (None, [1], (1,), {}, object()):
    try:
        int(bad)
    except TypeError as e:
        print("TypeError", type(e).__name__)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int("5", "10")
except TypeError as e:
    print("TypeError", e)
try:
    int("1", 2, 3)
except TypeError as e:
    print("TypeError", e)
for v in (float("inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

class MyInt(int):
    pass

print(int(MyInt(4)), type(int(MyInt(4))).__name__, MyInt("7", 8), type(MyInt(1) + 1).__name__)
print([int(c) for c in "2024"], sum(int(x) for x in "1 2 3".split()))
