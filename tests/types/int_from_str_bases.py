# int(): parsing strings in bases 0 and 2..36, with prefixes and signs
print(int("0"), int("-0"), int("+17"), int("  42  "), int("\t-9\n"))
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("zz", 36), int("Zz", 36))
print(int("10", 3), int("10", 7), int("10", 35), int("y", 35))
print([int("11", b) for b in range(2, 37)])
print(int("0b101", 2), int("0o17", 8), int("0xAb", 16))
print(int("0b101", 0), int("0o17", 0), int("0x1f", 0), int("0B11", 0), int("0O7", 0), int("0X10", 0))
print(int("-0x10", 16), int("+0b1", 0), int("  0x10  ", 0))
print(int("0", 0), int("00", 0), int("000", 10), int("0010", 10))
print(int("123456789012345678901234567890"))
print(int("-" + "9" * 60))
print(int("1" * 100, 2))
print(int("f" * 40, 16))
print(int("zzzzzzzzzzzzzz", 36))
print(int(b"12"), int(bytearray(b"-7")), int(b"ff", 16))
for s, base in (("", 10), (" ", 10), ("1 2", 10), ("12a", 10), ("2", 2), ("9", 8),
                ("g", 16), ("0x", 16), ("0b2", 0), ("010", 0), ("1.5", 10), ("--1", 10),
                ("+", 10), ("0x10", 10), ("abc", 36 + 0)):
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print("ValueError", e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
print(int(), int(3.99), int(-3.99), int(True), int("7", base=8))
