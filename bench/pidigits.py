# Big-integer arithmetic: digits of pi with an unbounded spigot algorithm
# (Gibbons' streaming formulation), using only integer operations.

import sys

SMALL = sys.argv[1:] == ["small"]   # make bench-lx106: sizes for the board's heap under QEMU

def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return out


digits = pi_digits(200 if SMALL else 3600)
text = "".join(str(d) for d in digits)
for i in range(0, 100, 50):
    print(text[i:i + 50])
print("pidigits checksum", sum(digits), text[-10:])
