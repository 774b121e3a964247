# Float arithmetic: the Mandelbrot set on a grid, escape-time iteration.
# Measures float multiply/add/compare in a tight loop.

import sys

SMALL = sys.argv[1:] == ["small"]   # make bench-lx106: sizes for the board's heap under QEMU

W = 42 if SMALL else 420
H = 28 if SMALL else 280
MAX_ITER = 80

rows = []
inside = 0
total_iter = 0
for py in range(H):
    ci = -1.2 + 2.4 * py / H
    row = []
    for px in range(W):
        cr = -2.1 + 3.0 * px / W
        zr = zi = 0.0
        n = 0
        while n < MAX_ITER:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            n += 1
        total_iter += n
        if n == MAX_ITER:
            inside += 1
            row.append("#")
        else:
            row.append(" .:-=+*%@"[n % 9])
    rows.append("".join(row))

for r in rows[::28]:
    print(r[::3])
print("mandelbrot checksum", inside, total_iter)
