# hashlib.sha1 and hashlib.md5: known vectors, update, digest, hexdigest
import hashlib
for data in (b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 100, bytes(range(64))):
    print(len(data), hashlib.sha1(data).hexdigest(), hashlib.md5(data).hexdigest())
s = hashlib.sha1()
m = hashlib.md5()
for chunk in (b"chunk one ", b"chunk two ", b"", b"chunk three"):
    s.update(chunk)
    m.update(chunk)
whole = b"chunk one chunk two chunk three"
print(s.hexdigest() == hashlib.sha1(whole).hexdigest(), m.hexdigest() == hashlib.md5(whole).hexdigest())
print(len(s.digest()), len(m.digest()), s.digest_size, m.digest_size, s.name, m.name)
print(s.digest().hex() == s.hexdigest(), type(m.digest()).__name__)
for n in (55, 56, 64, 119, 120):
    print(n, hashlib.sha1(b"y" * n).hexdigest()[:12], hashlib.md5(b"y" * n).hexdigest()[:12])
for ctor in (hashlib.sha1, hashlib.md5):
    try:
        ctor("str")
    except TypeError as e:
        print("TypeError", type(e).__name__)
print(hashlib.md5(b"abc").hexdigest() != hashlib.sha1(b"abc").hexdigest()[:32])
print(hashlib.sha1(bytearray(b"abc")).hexdigest() == hashlib.sha1(b"abc").hexdigest())
print(hashlib.md5(b"").digest()[:4], hashlib.sha1(b"").digest()[:4])
