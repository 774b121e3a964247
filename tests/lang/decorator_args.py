# Decorators with arguments (decorator factories).

def repeat(times):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hi(name):
    return "hi " + name

print(hi("x"))

@repeat(times=2)
def nothing():
    return None

print(nothing())

def validate(*types, **named):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("expected %s, got %s" % (t.__name__, type(a).__name__))
            return fn(*args)
        wrapper.rules = (types, sorted(named))
        return wrapper
    return deco

@validate(int, str, strict=True)
def describe(n, s):
    return s * n

print(describe(2, "ab"), describe.rules)
try:
    describe("2", "ab")
except TypeError as e:
    print("TypeError", e)

# a factory that counts calls in a nonlocal
def counted(label):
    count = 0
    def deco(fn):
        def wrapper(*a):
            nonlocal count
            count += 1
            return "%s #%d: %s" % (label, count, fn(*a))
        return wrapper
    return deco

@counted("sq")
def square(x):
    return x * x

print(square(3))
print(square(4))

# factory with defaults used with empty parentheses
def prefix(p="> "):
    def deco(fn):
        return lambda *a: p + fn(*a)
    return deco

@prefix()
def line(s):
    return s

@prefix("# ")
def comment(s):
    return s

print(line("text"), comment("note"))

# factory arguments are evaluated at decoration time
level = 1

def at_level(n):
    def deco(fn):
        return lambda: (n, fn())
    return deco

@at_level(level * 10)
def job():
    return "job"

level = 2
print(job())

# a class-based decorator with arguments
class Multiply:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, fn):
        def wrapper(*a):
            return fn(*a) * self.factor
        return wrapper

@Multiply(7)
def six():
    return 6

print(six())
