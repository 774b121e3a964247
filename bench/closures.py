# Closures: creating and calling nested functions, nonlocal counters,
# function factories, closures stored in containers and passed as callbacks.

import sys

SMALL = sys.argv[1:] == ["small"]   # make bench-lx106: sizes for the board's heap under QEMU

def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count
    return inc


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def make_accumulator():
    items = []

    def add(v):
        items.append(v)
        if len(items) > 8:
            del items[0]
        return sum(items)
    return add


def apply_all(funcs, v):
    for f in funcs:
        v = f(v)
    return v


checksum = 0
for rnd in range(40 if SMALL else 8000):
    counters = [make_counter(s) for s in range(1, 6)]
    for _ in range(40):
        for c in counters:
            checksum += c() & 7
    adders = [make_adder(k) for k in range(10)]
    pipeline = compose(adders[3], compose(adders[5], adders[rnd % 10]))
    for v in range(100):
        checksum += pipeline(v) % 5
    acc = make_accumulator()
    for v in range(60):
        checksum += acc(v) % 3
    checksum += apply_all(adders, rnd) % 11

print("closures checksum", checksum)
