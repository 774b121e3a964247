#!/usr/bin/env python3
"""Writes tests/c/mpn_vectors.txt: big-integer results computed by CPython, which
tests/c/test_mpn.c checks lib/mpn.c against (with both digit sizes).  Run by hand when the
cases change (python3 tests/c/gen_mpn_vectors.py > tests/c/mpn_vectors.txt); the build and
the tests never need Python.

One case per line, fields separated by spaces; integers in hexadecimal, '-' for negatives:
  mul a b a*b            divmod a b a//b a%b (a, b >= 0)     floordiv a b a//b a%b (signed)
  and|or|xor a b r       not a ~a                            shr a s a>>s (signed)   shl a s a<<s
  str base a text        isqrt a r                           gcd a b r
  tod a bits|OVF         float(a)                            div a b bits|OVF  a / b
  fromd bits int(x)      (bits: the double's IEEE pattern in 16 hex digits)"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expected results are CPython 3.11's"
rng = random.Random(515)
out = []


def h(v):
    return ('-' if v < 0 else '') + format(abs(v), 'x')


def dbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def rbits():
    r = rng.random()
    if r < 0.45:
        return rng.randrange(0, 70)
    if r < 0.99:
        return rng.randrange(64, 300)
    return rng.randrange(400, 1000)


def rint(bits=None, signed=False):
    b = rbits() if bits is None else bits
    v = rng.getrandbits(b) if b else 0
    k = rng.random()
    if k < 0.1 and b:      # runs of ones and zeros stress carries and borrows
        v = (1 << b) - 1 - (rng.getrandbits(b // 2) if rng.random() < 0.5 else 0)
    elif k < 0.15 and b:
        v = 1 << (b - 1)
    if signed and rng.random() < 0.5:
        v = -v
    return v


def to_base(v, base):
    if v == 0:
        return '0'
    s = ''
    while v:
        v, d = divmod(v, base)
        s = '0123456789abcdefghijklmnopqrstuvwxyz'[d] + s
    return s


for _ in range(300):
    a, b = rint(), rint()
    out.append('mul %s %s %s' % (h(a), h(b), h(a * b)))
for _ in range(400):
    a, b = rint(), rint()
    if rng.random() < 0.5:
        a, b = max(a, b), min(a, b)
    if rng.random() < 0.3:
        b = rint(rng.randrange(1, 70))
    if b == 0:
        b = 1
    out.append('divmod %s %s %s %s' % (h(a), h(b), h(a // b), h(a % b)))
for _ in range(300):
    a, b = rint(signed=True), rint(signed=True)
    if b == 0:
        b = -3
    out.append('floordiv %s %s %s %s' % (h(a), h(b), h(a // b), h(a % b)))
for _ in range(400):
    a, b = rint(signed=True), rint(signed=True)
    op = rng.choice(['and', 'or', 'xor'])
    r = a & b if op == 'and' else a | b if op == 'or' else a ^ b
    out.append('%s %s %s %s' % (op, h(a), h(b), h(r)))
for _ in range(100):
    a = rint(signed=True)
    out.append('not %s %s' % (h(a), h(~a)))
for _ in range(200):
    a, s = rint(signed=True), rng.randrange(0, 300)
    out.append('shr %s %x %s' % (h(a), s, h(a >> s)))
    out.append('shl %s %x %s' % (h(a), s, h(a << s)))
for _ in range(400):
    base = rng.choice([10, 10, 10, 2, 8, 16, 3, 7, 36, rng.randrange(2, 37)])
    a = rint(rng.randrange(0, 300))
    out.append('str %d %s %s' % (base, h(a), to_base(a, base)))
for _ in range(300):
    a = rint()
    out.append('isqrt %s %s' % (h(a), h(math.isqrt(a))))
for _ in range(200):
    g = rint(rng.randrange(0, 200))
    a, b = rint() * g, rint() * g
    out.append('gcd %s %s %s' % (h(a), h(b), h(math.gcd(a, b))))
for _ in range(400):
    a = rint(rng.choice([rng.randrange(0, 120), rng.randrange(0, 1100)]))
    if rng.random() < 0.3:   # half-way cases: 54 significant bits ending in 1
        a = ((rng.getrandbits(53) | (1 << 52)) * 2 + 1) << rng.randrange(0, 900)
    try:
        r = dbits(float(a))
    except OverflowError:
        r = 'OVF'
    out.append('tod %s %s' % (h(a), r))
for _ in range(300):
    a, b = rint(), rint()
    if rng.random() < 0.2:
        b = rint(rng.randrange(1100, 1400))
        a = rint(rng.randrange(0, 60))
    if rng.random() < 0.1:
        a = rint(rng.randrange(1100, 1400))
        b = rint(rng.randrange(1, 60))
    if b == 0:
        b = 7
    try:
        r = dbits(a / b)
    except OverflowError:
        r = 'OVF'
    out.append('div %s %s %s' % (h(a), h(b), r))
for _ in range(200):
    while True:
        u = rng.getrandbits(64)
        if (u >> 52) & 0x7ff != 0x7ff:
            break
    if rng.random() < 0.5:
        u = (u & ~(0x7ff << 52)) | (rng.randrange(1000, 1100) << 52)
    x = struct.unpack('<d', struct.pack('<Q', u))[0]
    out.append('fromd %016x %s' % (u, h(int(x))))
sys.stdout.write('\n'.join(out) + '\n')
