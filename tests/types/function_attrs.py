# function objects: __name__, __qualname__, __defaults__, __kwdefaults__, __module__, attributes
def plain(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, kw)

print(plain.__name__, plain.__qualname__, plain.__defaults__, plain.__kwdefaults__, plain.__module__)
print(plain(1, d=4), plain(1, 5, 6, 7, d=8, e=9), plain(a=0, d=1, c=2))

def nodef(x):
    return x

print(nodef.__defaults__, nodef.__kwdefaults__, nodef.__name__, callable(nodef), type(nodef).__name__)

class Outer:
    def method(self):
        def inner():
            pass
        return inner

print(Outer.method.__qualname__, Outer().method().__qualname__, Outer().method().__name__)
lam = lambda x, y=1: x + y
print(lam.__name__, lam.__defaults__, lam(1), lam(1, 2))
plain.custom = "attr"
plain.counter = 0
plain.counter += 1
print(plain.custom, plain.counter, hasattr(nodef, "custom"))

def renamed():
    pass

renamed.__name__ = "new_name"
print(renamed.__name__)

def mutable_default(x, acc=[]):
    acc.append(x)
    return acc

print(mutable_default(1), mutable_default(2), mutable_default(3, []), mutable_default.__defaults__)

def gen():
    yield 1

print(type(gen).__name__, type(gen()).__name__, gen.__name__)
try:
    nodef()
except TypeError as e:
    print("TypeError", e)
try:
    nodef(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    nodef(y=1)
except TypeError as e:
    print("TypeError", e)
try:
    plain(1)
except TypeError as e:
    print("TypeError", e)
try:
    plain(1, a=2, d=3)
except TypeError as e:
    print("TypeError", e)
print(nodef == nodef, nodef != lam, hash(nodef) == hash(nodef))
f2 = nodef
print(f2 is nodef, f2.__name__)
print(sorted(k for k in vars(plain)))
