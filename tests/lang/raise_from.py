# raise ... from ...: __cause__, __context__ and __suppress_context__.

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__)
    print(type(e.__context__).__name__)
    print(e.__suppress_context__)
    print(e.__cause__ is e.__context__)

# implicit chaining: only __context__ is set
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# from None suppresses the context but keeps it
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("clean") from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# from an exception class: it is instantiated
try:
    raise RuntimeError("r") from KeyError
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)

# from outside of any handler: no context
try:
    raise ValueError("v") from IndexError("i")
except ValueError as e:
    print(e.__cause__, e.__context__)

# cause must be an exception or None
try:
    raise ValueError("v") from 5
except TypeError as e:
    print("TypeError", e)

# the cause can be set by assignment
e = ValueError("manual")
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)

# a fresh exception has neither
fresh = OSError("fresh")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)

# chain of three
def a():
    raise KeyError("a")

def b():
    try:
        a()
    except KeyError as e:
        raise ValueError("b") from e

def c():
    try:
        b()
    except ValueError as e:
        raise RuntimeError("c") from e

try:
    c()
except RuntimeError as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__cause__
    print(" <- ".join(chain))
