# Generator state: running, suspended, finished; re-entrance errors.

def reenter():
    yield g.__next__()     # calls itself while running

g = reenter()
try:
    next(g)
except ValueError as e:
    print("ValueError", e)

# after an exception the generator is finished
def failing():
    yield 1
    raise KeyError("inside")
    yield 2

f = failing()
print(next(f))
try:
    next(f)
except KeyError as e:
    print("KeyError", e)
print(next(f, "finished"))

# local variables survive between resumptions, including loop state
def stateful():
    seen = []
    for ch in "abc":
        seen.append(ch)
        yield "".join(seen)

print(list(stateful()))

# the generator's frame is independent from the caller's variables
x = "global"

def reads_global():
    yield x
    yield x

rg = reads_global()
print(next(rg))
x = "changed"
print(next(rg))

# arguments are bound when the generator object is created
def args_gen(a, b=2, *rest):
    yield a
    yield b
    yield rest

print(list(args_gen(1)), list(args_gen(1, 3, 4, 5)))
try:
    args_gen()
except TypeError as e:
    print("TypeError", e)

# a generator with try/except around yield keeps working after handling
def resilient(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield "div by zero"

print(list(resilient([5, 0, 2])))

# generator objects are not reusable
gen = (i for i in range(2))
print(list(gen), list(gen))

# __name__ of generators and generator functions
def named():
    yield

print(named.__name__, named().__name__)
