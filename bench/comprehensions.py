# List, dict and set comprehensions and the builtins that typical data-processing
# code leans on: enumerate, zip, map, filter, sum, min/max, any/all, dict.get.

import sys

SMALL = sys.argv[1:] == ["small"]   # make bench-lx106: sizes for the board's heap under QEMU

rows = [(i, "item%d" % (i % 97), (i * 37) % 1000 / 10.0) for i in range(40 if SMALL else 5000)]

checksum = 0
for rnd in range(2 if SMALL else 400):
    ids = [r[0] for r in rows if r[2] > 20.0]
    names = {r[1] for r in rows}
    by_name = {}
    for i, name, price in rows:
        by_name.setdefault(name, []).append(price)
    totals = {name: sum(prices) for name, prices in by_name.items()}
    best = max(totals, key=totals.get)
    cheap = sorted(n for n, t in totals.items() if t < 2500.0)
    squares = [x * x for x in range(200 if SMALL else 2000) if x % 3]
    P = 30 if SMALL else 60
    pairs = [(a, b) for a in range(P) for b in range(a, P) if (a + b) % 7 == 0]
    zipped = [a * b for a, b in zip(ids, reversed(ids))]
    mapped = list(map(abs, range(-150, 150) if SMALL else range(-1000, 1000)))
    filtered = list(filter(lambda v: v % 11 == 0, mapped))
    indexed = {i: v for i, v in enumerate(squares[:500])}
    M = 15 if SMALL else 30
    matrix = [[(r * c) % 10 for c in range(M)] for r in range(M)]
    transposed = [list(col) for col in zip(*matrix)]
    flags = any(v > 10 ** 6 for v in squares), all(v >= 0 for v in mapped)
    checksum += (len(ids) + len(names) + int(totals[best]) + len(cheap) + sum(squares) % 1000003
                 + len(pairs) + sum(zipped) % 999983 + sum(filtered) + indexed[rnd * 7 % 500]
                 + transposed[3][7] + sum(flags))

print("best", best, "cheap", len(cheap), cheap[:3])
print("comprehensions checksum", checksum)
