# Generators: pipelines of generator functions and generator expressions,
# yield from, send, and consumers such as sum/max/any.

import sys

SMALL = sys.argv[1:] == ["small"]   # make bench-lx106: sizes for the board's heap under QEMU

def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v


def scaled(src, k):
    for v in src:
        yield v * k


def windows(src, size):
    buf = []
    for v in src:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


def chained(*sources):
    for s in sources:
        yield from s


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        v = yield mean
        total += v
        count += 1
        mean = total // count


checksum = 0
DIV = 30 if SMALL else 1
for rnd in range(1 if SMALL else 50):
    pipeline = scaled(evens(numbers(60000 // DIV)), 3)
    checksum += sum(pipeline)
    checksum += max(w[0] + w[2] for w in windows(numbers(20000 // DIV), 3))
    checksum += sum(1 for v in chained(numbers(10000 // DIV), evens(numbers(10000 // DIV)), "abc") if v)
    g = (x * x % 17 for x in range(30000 // DIV))
    checksum += sum(x for x in g if x > 8)
    acc = running_mean()
    next(acc)
    m = 0
    for v in numbers(15000 // DIV):
        m = acc.send(v)
    checksum += m
    checksum += any(v > 10 ** 9 for v in numbers(5000))

print("generators checksum", checksum)
