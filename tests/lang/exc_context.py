# __context__ is set automatically when an exception is raised while handling another.

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)

# in finally
try:
    try:
        raise IndexError("in try")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))

# three levels of implicit chaining
try:
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise ValueError("c")
except ValueError as e:
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
    print(names)

# no context when the first exception was fully handled before
try:
    raise KeyError("done")
except KeyError:
    pass
try:
    raise ValueError("new")
except ValueError as e:
    print("context after handled:", e.__context__)

# re-raising the same exception does not set its context to itself
try:
    try:
        raise ValueError("self")
    except ValueError as e:
        raise e
except ValueError as e:
    print("self context:", e.__context__)

# the context of an exception raised in a function called from a handler
def helper():
    raise RuntimeError("from helper")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
except RuntimeError as e:
    print(repr(e), "context:", type(e.__context__).__name__)

# explicit cause also records the context
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ValueError("v") from OSError("cause")
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# __suppress_context__ can be set by hand
err = ValueError("x")
err.__suppress_context__ = True
print(err.__suppress_context__)

# context chains through generators
def gen():
    try:
        yield 1
    except KeyError:
        raise ValueError("from generator")

g = gen()
next(g)
try:
    g.throw(KeyError("thrown"))
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
