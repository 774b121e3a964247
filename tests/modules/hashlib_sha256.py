# hashlib.sha256: constructor with data, update, digest, hexdigest, known vectors
import hashlib
for data in (b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", b"a" * 1000, bytes(range(256))):
    h = hashlib.sha256(data)
    print(len(data), h.hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), h.hexdigest())
d = h.digest()
print(type(d).__name__, len(d), d.hex() == h.hexdigest(), h.digest_size, h.block_size, h.name)
h2 = hashlib.sha256(b"part1")
h2.update(b"")
h2.update(bytearray(b"part2"))
print(h2.hexdigest() == hashlib.sha256(b"part1part2").hexdigest())
inc = hashlib.sha256()
for i in range(0, 200, 7):
    inc.update(bytes(range(i, min(i + 7, 200))))
print(inc.hexdigest() == hashlib.sha256(bytes(range(200))).hexdigest())
for n in (55, 56, 63, 64, 65, 119, 120, 128):
    print(n, hashlib.sha256(b"x" * n).hexdigest()[:16])
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    hashlib.sha256().update(5)
except TypeError as e:
    print("TypeError", type(e).__name__)
c = hashlib.sha256(b"abc")
print(c.hexdigest() == c.hexdigest(), c.digest() == c.digest())
