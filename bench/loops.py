# Loops over small integers: nested for/while loops, range iteration, integer
# arithmetic and comparisons, list indexing. No function calls in the hot loops.

import sys

SMALL = sys.argv[1:] == ["small"]   # make bench-lx106: sizes for the board's heap under QEMU

N = 60 if SMALL else 1600
total = 0
for i in range(N):
    for j in range(i, N, 3):
        total += (i * j) % 7 - (i ^ j) & 15

# while loop with manual counters
k = 0
acc = 0
while k < (20000 if SMALL else 2200000):
    if k % 3 == 0:
        acc += k
    elif k % 3 == 1:
        acc -= k >> 1
    else:
        acc ^= k
    k += 1

# sieve of Eratosthenes with list indexing
LIMIT = 5000 if SMALL else 1000000
flags = [True] * LIMIT
flags[0] = flags[1] = False
i = 2
while i * i < LIMIT:
    if flags[i]:
        for m in range(i * i, LIMIT, i):
            flags[m] = False
    i += 1
count = 0
for f in flags:
    if f:
        count += 1

print("loops checksum", total, acc, count)
