# List sorting: ints, floats, strings, tuples, key functions (lambda, method,
# tuple keys), reverse, stability, and sorting already sorted / reversed data.

import sys

SMALL = sys.argv[1:] == ["small"]   # make bench-lx106: sizes for the board's heap under QEMU

state = 2024


def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    return (state >> 33) % n


N = 120 if SMALL else 20000
ints = [rand(1000000) for _ in range(N)]
floats = [rand(100000) / 7.0 for _ in range(N)]
names = ["".join(chr(97 + rand(26)) for _ in range(1 + rand(8))) for _ in range(N // 2)]
records = [(names[i % len(names)], rand(100), rand(1000) / 10.0) for i in range(N)]

checksum = 0
for rnd in range(11):
    a = sorted(ints)
    checksum += a[0] + a[N // 2] + a[-1]
    b = sorted(ints, reverse=True)
    checksum += b[rnd]
    c = sorted(floats)
    checksum += int(c[N // 3] * 100)
    d = sorted(names)
    checksum += len(d[0]) + len(d[-1])
    e = sorted(names, key=len)
    checksum += len(e[-1]) * 3
    f = sorted(names, key=str.upper)
    checksum += ord(f[N // 4][0])
    g = sorted(records)
    checksum += g[7][1]
    h = sorted(records, key=lambda r: (r[1], -r[2], r[0]))
    checksum += int(h[100][2])
    i = sorted(records, key=lambda r: r[2], reverse=True)
    checksum += i[0][1]
    # sorting sorted and reversed input, and in-place sort with a key
    s = list(a)
    s.sort()
    s.sort(reverse=True)
    checksum += s[0] - s[-1]
    r = list(records)
    r.sort(key=lambda rec: rec[0])
    checksum += r[N - 1][1]

# stability: equal keys keep their original order
M = min(2000, N)
stable = sorted(records[:M], key=lambda r: r[1])
ok = all(stable[k][1] < stable[k + 1][1] or
         records.index(stable[k]) <= records.index(stable[k + 1])
         for k in range(0, M - 1, 97))
print("sorted heads", a[:3], d[:3], g[0])
print("sorting checksum", checksum, ok)
