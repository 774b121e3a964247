# Constants of every kind a frozen module carries, and ints beyond the device's 31-bit words.
BIG = 2 ** 100
NEG_BIG = -123456789012345678901234567890
EDGE = (1073741823, 1073741824, -1073741824, -1073741825, 4294967296, -9223372036854775809)
FLOATS = (0.1, -2.5e-300, 1e300, float("inf"), 3.0)
TEXT = "na\u00efve caf\u00e9 \u2603 \U0001F600"
RAW = b"\x00\x01\xfe\xff bytes"
NESTED = (1, ("two", (3.0, b"four", (None, True, False, ...))), "five")
TABLE = {"one": 1, "two": 2, "three": 3}


def summary():
    total = sum(EDGE) + BIG + NEG_BIG
    return [BIG, NEG_BIG, total, EDGE[1] * 2, FLOATS, len(TEXT), TEXT, RAW, NESTED,
            hash(TEXT) == hash("na\u00efve caf\u00e9 \u2603 \U0001F600")]


def gen(n):
    for i in range(n):
        yield i * EDGE[0]


def lookup(key):
    return TABLE.get(key, "?"), {k: v for k, v in TABLE.items() if v > 1}


def fail_inside():
    try:
        return TABLE["missing"]
    finally:
        pass
