# Conversions to and from int.

print(int(3.9), int(-3.9), int(1e20), int("42"), int(" -17 "), int(True), int(), int("0b101", 0))
print(int("7f", 16), int("777", 8), int("z", 36), int("-1010", 2), int("0o777", 0), int("0x_ff", 16))
print(str(255), repr(-3), hex(255), oct(255), bin(255), hex(-1), bin(-5))
print(format(255, "x"), format(255, "08b"), format(-255, "X"), "%x" % 255)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-2).to_bytes(2, "little", signed=True))
print(float(7), float("3"), float(-2 ** 60))
print(bool(0), bool(-1), bool(2 ** 100), int(False))
print(ord("A"), chr(66), int("0012"), int("-0"))
print(round(7.5), round(8.5), int(round(2.5)), abs(-10 ** 20))

for bad in ("", " ", "1e5", "0x10", "12abc", "--1", "1 000", None, [1], "3.0"):
    try:
        print(int(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)

try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", type(e).__name__)

# int subclasses and __int__/__index__
class Answer:
    def __index__(self):
        return 42

print(int(Answer()), hex(Answer()), list(range(50))[Answer()])

# the round trip str <-> int for many values
ok = all(int(str(v)) == v for v in [0, 1, -1, 2 ** 31, -(2 ** 63), 10 ** 50, 7 ** 77])
print(ok)
