# Positional-only parameters before /, and their errors.

def f(a, b, /, c, *, d=0):
    return a, b, c, d

print(f(1, 2, 3))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print("TypeError", e)
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2)
except TypeError as e:
    print("TypeError", e)

def g(x, /):
    return x * 2

print(g(21))
try:
    g(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    g()
except TypeError as e:
    print("TypeError", e)

# a positional-only name may also appear in **kwargs
def h(name, /, **kw):
    return name, kw

print(h("pos", name="kw"))

def defaults(a, b=2, /, c=3):
    return a, b, c

print(defaults(1), defaults(1, 5), defaults(1, 5, 6), defaults(1, c=0))
try:
    defaults(1, b=2)
except TypeError as e:
    print("TypeError", e)

# with *args
def va(a, /, *args):
    return a, args

print(va(1, 2, 3))

# methods
class P:
    def m(self, v, /):
        return v + 1

print(P().m(1))
try:
    P().m(v=1)
except TypeError as e:
    print("TypeError", e)

# lambda with /
lam = lambda a, /, b=1: a * b
print(lam(3), lam(3, b=4))
