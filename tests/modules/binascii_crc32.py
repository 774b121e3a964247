# binascii.crc32: known values, incremental computation, unsigned results
import binascii
for data in (b"", b"a", b"abc", b"123456789", b"The quick brown fox jumps over the lazy dog", bytes(32), b"\xff" * 10):
    print(data[:20], binascii.crc32(data), hex(binascii.crc32(data)))
whole = b"hello world, this is incremental"
crc = 0
for i in range(0, len(whole), 5):
    crc = binascii.crc32(whole[i:i + 5], crc)
print(crc == binascii.crc32(whole), crc)
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
print(binascii.crc32(b"abc", 0), binascii.crc32(b"abc", 0xFFFFFFFF), binascii.crc32(b"", 12345))
print(binascii.crc32(bytearray(b"abc")) == binascii.crc32(b"abc"), 0 <= binascii.crc32(b"neg?") < 2 ** 32)
try:
    binascii.crc32("text")
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    binascii.crc32()
except TypeError as e:
    print("TypeError", type(e).__name__)
chunks = [bytes([i]) * i for i in range(1, 20)]
c = 0
for ch in chunks:
    c = binascii.crc32(ch, c)
print(c == binascii.crc32(b"".join(chunks)), c)
print(binascii.crc32(b"a" * 1000), type(binascii.crc32(b"x")).__name__)
print([binascii.crc32(bytes([i])) & 0xFF for i in range(8)])
print(binascii.crc32(b"123456789") == 0xCBF43926)
