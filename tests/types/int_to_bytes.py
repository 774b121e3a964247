# int.to_bytes with byte order, length and signed
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((0).to_bytes(0, "big"), (0).to_bytes(3, "big"))
print((255).to_bytes(1, "big"), (65535).to_bytes(4, "little"))
print((-1).to_bytes(1, "big", signed=True), (-1).to_bytes(4, "little", signed=True))
print((-128).to_bytes(1, "big", signed=True), (127).to_bytes(1, "big", signed=True))
print((-129).to_bytes(2, "big", signed=True), (-32768).to_bytes(2, "little", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"), (2 ** 64).to_bytes(9, "little"))
print((10 ** 30).to_bytes(13, "big"))
print((-(10 ** 30)).to_bytes(13, "big", signed=True))
print((0x0102030405060708).to_bytes(8, byteorder="little"))
print((258).to_bytes(length=2, byteorder="big"))
print((5).to_bytes(), (200).to_bytes())
print((1).to_bytes(3, "big", signed=False))
cases = [(256, 1, "big", False), (-1, 2, "big", False), (128, 1, "big", True),
         (-129, 1, "little", True), (2 ** 64, 8, "big", False), (1, -1, "big", False)]
for n, length, order, signed in cases:
    try:
        print(n.to_bytes(length, order, signed=signed))
    except OverflowError as e:
        print("OverflowError", e)
    except ValueError as e:
        print("ValueError", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError", e)
try:
    (1).to_bytes(1.0, "big")
except TypeError as e:
    print("TypeError", e)
# round trip
for n in (0, 1, -1, 300, -300, 2 ** 70 + 3, -(2 ** 70) - 3):
    b = n.to_bytes(12, "big", signed=True)
    print(b.hex(), int.from_bytes(b, "big", signed=True) == n)
