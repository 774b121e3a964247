# Recursion: ordinary recursive functions, mutual recursion, and RecursionError.

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print([fact(i) for i in range(10)], fact(30))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(7))

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves

print(hanoi(3, "A", "C", "B", []), len(hanoi(6, "A", "C", "B", [])))

def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]

print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))

# unbounded recursion raises RecursionError, which can be caught
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError caught", isinstance(e, RuntimeError))

# the interpreter is usable after the error
print(fact(5))

# unbounded recursion through a method and through __repr__
class Loop:
    def __repr__(self):
        return repr(self)

try:
    repr(Loop())
except RecursionError:
    print("RecursionError in __repr__")

def mutual_a(n):
    return mutual_b(n)

def mutual_b(n):
    return mutual_a(n)

try:
    mutual_a(0)
except RecursionError:
    print("RecursionError in mutual recursion")

# recursion inside a generator
def countdown(n):
    if n >= 0:
        yield n
        yield from countdown(n - 1)

print(list(countdown(5)))
