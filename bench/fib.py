# Recursive function calls: the naive Fibonacci recursion, plus a recursive tree sum.
# Measures call/return overhead, argument passing and small-int arithmetic.

import sys

SMALL = sys.argv[1:] == ["small"]   # make bench-lx106: sizes for the board's heap under QEMU

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tree_sum(depth, value):
    if depth == 0:
        return value
    return tree_sum(depth - 1, value * 2) + tree_sum(depth - 1, value * 2 + 1) + 1


total = 0
for n in range(12, 16) if SMALL else range(24, 32):
    total += fib(n)
t = tree_sum(10 if SMALL else 20, 1)
print("fib checksum", total, t)
