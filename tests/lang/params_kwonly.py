# Keyword-only parameters after * or *args, and their errors.

def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2))
print(f(a=1, b=2, c=4))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

def g(*args, key, flag=False):
    return args, key, flag

print(g(1, 2, key="k"))
print(g(key=0, flag=True))
try:
    g(1, 2)
except TypeError as e:
    print("TypeError", e)

def two(*, x, y):
    return x - y

print(two(y=1, x=10))
try:
    two()
except TypeError as e:
    print("TypeError", e)
try:
    two(1, 2)
except TypeError as e:
    print("TypeError", e)

# keyword-only with defaults in any order
def h(*, a=1, b, c=2):
    return a, b, c

print(h(b=0), h(c=9, b=8, a=7))

# keyword-only with **kwargs
def k(p, *, q, **rest):
    return p, q, sorted(rest.items())

print(k(1, q=2, r=3, s=4))

# methods with keyword-only parameters
class C:
    def m(self, *, scale=1):
        return 10 * scale

c = C()
print(c.m(), c.m(scale=3))
try:
    c.m(3)
except TypeError as e:
    print("TypeError", e)

# defaults for keyword-only parameters are evaluated at definition
n = 5

def d(*, v=n * 2):
    return v

n = 100
print(d())
