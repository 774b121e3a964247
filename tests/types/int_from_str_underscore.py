# int(): underscores between digits in strings and literals
print(int("1_000"), int("1_0_0"), int("-1_000_000"))
print(int("0x_ff", 16), int("0x_ff", 0), int("0b_1010", 0), int("0o_7_7", 0))
print(int("ff_ff", 16), int("1_1", 2), int("z_z", 36))
print(1_000_000, 0x_FF_FF, 0b_1111_0000, 0o_12_34)
print(1_000.000_1, 1e1_0)
bad = ["_1", "1_", "1__0", "0x__1", "_", "1_000_", "0b_", "0_x1"]
for s in bad:
    for base in (0, 10, 16):
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print("ValueError", e)
print(float("1_000.5"), float("1_0e1_0"))
for s in ("1__0.0", "_1.0", "1.0_", "1._0"):
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", e)
print(int("0_0"), int("0_0", 0), int("00_00", 0))
print(int(" 1_2 "), int("+1_2"), int("-0_1"))
print(int("1_2_3_4_5_6_7_8_9_0_1_2_3_4_5_6_7_8_9_0"))
