# Function definitions, returns, first-class functions.

def no_return():
    x = 1

def bare_return():
    return

def multiple():
    return 1, "two", [3]

print(no_return(), bare_return(), multiple())
a, b, c = multiple()
print(a, b, c)

def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return None

print(early(-1), early(10), early(0))

# functions are objects: stored, passed, returned
def square(x):
    return x * x

def apply(fn, values):
    return [fn(v) for v in values]

ops = [square, abs, str]
print([op(-3) for op in ops], apply(square, range(4)))
table = {"sq": square, "neg": lambda v: -v}
print(table["sq"](5), table["neg"](5))

def make_power(p):
    def power(x):
        return x ** p
    return power

cube = make_power(3)
print(cube(2), make_power(2)(9), type(cube).__name__)

# redefinition replaces the binding
def greet():
    return "first"

old = greet

def greet():
    return "second"

print(old(), greet())

# functions defined conditionally
if True:
    def cond():
        return "defined in if"
else:
    def cond():
        return "other"

print(cond())

# recursion and nested definitions
def outer(n):
    def inner(k):
        return k + n
    return inner(n) if n < 3 else outer(n - 1)

print(outer(5))

# a function can have attributes
def counter():
    counter.calls += 1
    return counter.calls

counter.calls = 0
counter(); counter()
print(counter.calls, counter.__name__)

# returning functions from a list comprehension
funcs = [make_power(p) for p in range(4)]
print([f(2) for f in funcs])

# a function with a docstring and no other body
def documented():
    """Returns None."""

print(documented())
