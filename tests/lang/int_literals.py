# Integer literals: decimal, hex, octal, binary, underscores, big values.

print(0, 7, 42, 1234567890)
print(0x0, 0xff, 0XFF, 0xDeadBeef, 0x7fffffff, 0x80000000, 0xffffffff)
print(0o0, 0o17, 0O777, 0o1000000)
print(0b0, 0b1, 0b1010, 0B1111_0000)
print(1_000_000, 0x_ff_ff, 0o_7_7, 0b_1_0, 1_2_3)
print(00, 0_0)
print(-0x10, -0b11, -0o10, +5)

# values at the edges of small and machine integers
print(2 ** 30 - 1, 2 ** 30, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 63 - 1, 2 ** 63, 2 ** 64)
print(-(2 ** 30), -(2 ** 31), -(2 ** 63))
print(1073741823, 1073741824, 4294967295, 4294967296)
print(18446744073709551616, -9223372036854775809)
print(0x123456789abcdef0123456789)
print(0b1111111111111111111111111111111111111111111111111111111111111111111)
print(123456789012345678901234567890123456789012345678901234567890)
print(1_000_000_000_000_000_000_000)

# literals are ints of any size
big = 99999999999999999999999999999999
print(type(big).__name__, big + 1, big * big)

# int() parsing with bases
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("-10", 8), int(" 42 "), int("1_000"))
print(int("+7"), int("-0"), int("0"), int("000"), int("12345678901234567890"))

for bad in ("", "1.5", "0x", "1__0", "_1", "abc", "0b2", "1 2"):
    try:
        int(bad, 0 if bad.startswith("0") else 10)
        print("parsed", repr(bad))
    except ValueError as e:
        print("ValueError", e)

try:
    int("12", 1)
except ValueError as e:
    print("ValueError", e)
try:
    int("12", 37)
except ValueError as e:
    print("ValueError", e)

# formatting back
n = 255
print(hex(n), oct(n), bin(n), hex(-n), bin(0), oct(-8))
print(hex(2 ** 70), bin(2 ** 40 + 1))
