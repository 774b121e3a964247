# *args and **kwargs: collecting extra positional and keyword arguments.

def f(*args):
    return args

print(f(), f(1), f(1, "two", [3]))
print(type(f()).__name__)

def g(a, *rest):
    return a, rest

print(g(1), g(1, 2, 3))

def h(**kw):
    return kw

print(h(), h(x=1, y=2))
print(list(h(b=1, a=2, c=3)))      # keeps call order

def full(a, b=2, *args, c, d=4, **kwargs):
    return "a=%r b=%r args=%r c=%r d=%r kwargs=%r" % (a, b, args, c, d, kwargs)

print(full(1, c=3))
print(full(1, 5, 6, 7, c=3, e=8))
print(full(a=1, c=2, z=0, d=9))

# kwargs is a fresh dict each call, args a fresh tuple
def mutate(**kw):
    kw["added"] = True
    return kw

base = {"x": 1}
print(mutate(**base), base)

# forwarding
def wrapper(*args, **kwargs):
    return full(*args, **kwargs)

print(wrapper(10, 20, 30, c=40, extra="e"))

# args can be iterated, indexed and measured
def stats(*nums):
    if not nums:
        return None
    return len(nums), sum(nums), max(nums), nums[-1]

print(stats(), stats(4, 8, 1))

# recursion with *args
def total(first=0, *others):
    return first + (total(*others) if others else 0)

print(total(1, 2, 3, 4))

# keyword names passed through **kwargs may be any string
def anykw(**kw):
    return sorted(kw)

print(anykw(**{"with space": 1, "123": 2, "ok": 3}))

# keyword arguments must be strings
try:
    anykw(**{1: 2})
except TypeError as e:
    print("TypeError", e)

# a parameter named like a keyword key, passed via **kwargs
def named(self, **kw):
    return self, kw

print(named(1, other=2))
try:
    named(1, **{"self": 3})
except TypeError as e:
    print("TypeError", e)
