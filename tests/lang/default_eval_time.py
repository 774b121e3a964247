# Default argument values are evaluated once, when the def statement runs.

log = []

def make_default(v):
    log.append("default evaluated %r" % (v,))
    return v

print("before def")

def f(x=make_default(1), y=make_default("two")):
    return x, y

print("after def", log)
print(f(), f(5), f(y=0))
print(log)

# later changes to the expression's variables do not matter
value = 10

def g(v=value):
    return v

value = 20
print(g())

# a def inside a loop evaluates defaults each time the def runs
funcs = []
for i in range(3):
    def h(n=i):
        return n
    funcs.append(h)
print([fn() for fn in funcs])

# defaults may refer to earlier definitions and names
def base():
    return "base"

def uses(fn=base):
    return fn()

print(uses())

# default values are shared objects
marker = object()

def same(v=marker):
    return v is marker

print(same(), same(None))

# a nested function's defaults are evaluated when the outer runs
def outer(k):
    def inner(x=k * 2):
        return x
    return inner

a = outer(1)
b = outer(5)
print(a(), b())

# class body defaults can use class-level names
class C:
    factor = 3
    def scaled(self, v, f=factor):
        return v * f

C.factor = 100
print(C().scaled(2))

# errors in default expressions happen at def time
try:
    def bad(x=1 / 0):
        return x
except ZeroDivisionError as e:
    print("ZeroDivisionError at def time:", e)

# __defaults__ holds the evaluated values
def show(a, b=1, c=[2]):
    return a
print(show.__defaults__)
