# int.from_bytes with byte order and signed, various byte sources
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"", "little", signed=True))
print(int.from_bytes(b"\xff", "big"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes(b"\x80\x00", "big", signed=True), int.from_bytes(b"\x00\x80", "little", signed=True))
print(int.from_bytes(b"\x7f\xff", "big", signed=True))
print(int.from_bytes(b"\xff" * 16, "big"), int.from_bytes(b"\xff" * 16, "big", signed=True))
print(int.from_bytes(b"\x01" + b"\x00" * 12, "big"))
print(int.from_bytes(bytearray(b"\x01\x02"), "big"))
print(int.from_bytes([1, 2, 3], "little"), int.from_bytes((255, 0), "big"))
print(int.from_bytes(b"\x01\x02", byteorder="little", signed=False))
print(int.from_bytes(b"\x05"), int.from_bytes(b"\x01\x00"))
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
try:
    int.from_bytes(b"\x01", "sideways")
except ValueError as e:
    print("ValueError", e)
try:
    int.from_bytes("ab", "big")
except TypeError as e:
    print("TypeError", e)
try:
    int.from_bytes([256], "big")
except ValueError as e:
    print("ValueError", e)
data = bytes(range(1, 21))
print(int.from_bytes(data, "big"))
print(int.from_bytes(data, "little"))
print(int.from_bytes(data, "big", signed=True) == int.from_bytes(data, "big"))
neg = bytes([0x80] + [0] * 19)
print(int.from_bytes(neg, "big", signed=True))
print(-(2 ** 159) == int.from_bytes(neg, "big", signed=True))
total = 0
for i, byte in enumerate(reversed(data)):
    total += byte << (8 * i)
print(total == int.from_bytes(data, "big"))
