# Keyword arguments and the TypeErrors of wrong calls.

def f(a, b, c=3):
    return (a, b, c)

print(f(1, 2))
print(f(1, 2, 4))
print(f(1, c=5, b=6))
print(f(c=0, b=1, a=2))
print(f(a=1, b=2))

tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, a=2, b=3),
    lambda: f(b=2, c=3),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)

def g():
    return "no args"

try:
    g(1)
except TypeError as e:
    print("TypeError", e)
try:
    g(x=1)
except TypeError as e:
    print("TypeError", e)

def one(x):
    return x

try:
    one(1, 2)
except TypeError as e:
    print("TypeError", e)

def two_missing(p, q, r):
    return p

try:
    two_missing(1)
except TypeError as e:
    print("TypeError", e)
try:
    two_missing()
except TypeError as e:
    print("TypeError", e)

# keyword arguments to methods count self correctly
class K:
    def m(self, x, y=0):
        return x + y

k = K()
print(k.m(1), k.m(x=1, y=2), K.m(k, 3, y=4))
try:
    k.m(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    k.m()
except TypeError as e:
    print("TypeError", e)

# keyword argument values are evaluated left to right
order = []

def note(v):
    order.append(v)
    return v

f(note(1), c=note(3), b=note(2))
print(order)

# keyword names that look like builtins
def kw(list=None, dict=None, type="t"):
    return list, dict, type

print(kw(type="x", list=[1]))
