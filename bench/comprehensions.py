# List, dict and set comprehensions and the builtins that typical data-processing
# code leans on: enumerate, zip, map, filter, sum, min/max, any/all, dict.get.

rows = [(i, "item%d" % (i % 97), (i * 37) % 1000 / 10.0) for i in range(5000)]

checksum = 0
for rnd in range(400):
    ids = [r[0] for r in rows if r[2] > 20.0]
    names = {r[1] for r in rows}
    by_name = {}
    for i, name, price in rows:
        by_name.setdefault(name, []).append(price)
    totals = {name: sum(prices) for name, prices in by_name.items()}
    best = max(totals, key=totals.get)
    cheap = sorted(n for n, t in totals.items() if t < 2500.0)
    squares = [x * x for x in range(2000) if x % 3]
    pairs = [(a, b) for a in range(60) for b in range(a, 60) if (a + b) % 7 == 0]
    zipped = [a * b for a, b in zip(ids, reversed(ids))]
    mapped = list(map(abs, range(-1000, 1000)))
    filtered = list(filter(lambda v: v % 11 == 0, mapped))
    indexed = {i: v for i, v in enumerate(squares[:500])}
    matrix = [[(r * c) % 10 for c in range(30)] for r in range(30)]
    transposed = [list(col) for col in zip(*matrix)]
    flags = any(v > 10 ** 6 for v in squares), all(v >= 0 for v in mapped)
    checksum += (len(ids) + len(names) + int(totals[best]) + len(cheap) + sum(squares) % 1000003
                 + len(pairs) + sum(zipped) % 999983 + sum(filtered) + indexed[rnd * 7 % 500]
                 + transposed[3][7] + sum(flags))

print("best", best, "cheap", len(cheap), cheap[:3])
print("comprehensions checksum", checksum)
