# Recursive function calls: the naive Fibonacci recursion, plus a recursive tree sum.
# Measures call/return overhead, argument passing and small-int arithmetic.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tree_sum(depth, value):
    if depth == 0:
        return value
    return tree_sum(depth - 1, value * 2) + tree_sum(depth - 1, value * 2 + 1) + 1


total = 0
for n in range(24, 32):
    total += fib(n)
t = tree_sum(20, 1)
print("fib checksum", total, t)
