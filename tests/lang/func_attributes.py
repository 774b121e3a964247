# Attributes of function objects: __name__, __qualname__, __defaults__, __kwdefaults__,
# __module__, user attributes (docstrings: docstrings.py).

def plain(a, b=2, *args, c, d=4, **kw):
    """Docstring of plain."""
    return a

print(plain.__name__, plain.__qualname__, plain.__module__)
print(plain.__defaults__, sorted(plain.__kwdefaults__.items()))

def nodefaults(x):
    return x

print(nodefaults.__defaults__, nodefaults.__kwdefaults__)

class C:
    def method(self):
        "method doc"
    class Inner:
        def deep(self):
            pass

print(C.method.__name__, C.method.__qualname__)
print(C.Inner.deep.__qualname__)

def outer():
    def inner():
        pass
    return inner

print(outer().__name__, outer().__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)

# user attributes
def tagged():
    return tagged.tag

tagged.tag = "hello"
tagged.count = 0
tagged.count += 1
print(tagged(), tagged.count, hasattr(tagged, "missing"))

# renaming a function changes __name__ only
def original():
    pass

original.__name__ = "renamed"
alias = original
print(alias.__name__)

# changing __defaults__ changes behaviour
def g(x=1):
    return x

g.__defaults__ = (99,)
print(g())
