# generator.throw(): raising an exception at the paused yield.

def worker():
    while True:
        try:
            v = yield "ready"
            print("got", v)
        except ValueError as e:
            print("worker handled ValueError", e)
            yield "recovered"

w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(next(w))

# an exception not handled by the generator propagates to the caller
def simple():
    yield 1
    yield 2

s = simple()
next(s)
try:
    s.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(s, "exhausted after throw"))

# throw into a just-created generator raises immediately, body never runs
def never():
    print("body runs")
    yield

n = never()
try:
    n.throw(RuntimeError("early"))
except RuntimeError as e:
    print("RuntimeError", e)
print(next(n, "exhausted"))

# throw with an exception class
def catcher():
    try:
        yield
    except IndexError as e:
        yield "caught class: %r" % (e.args,)

c = catcher()
next(c)
print(c.throw(IndexError))

# finally blocks run when the thrown exception passes through
def with_finally():
    try:
        yield "in try"
    finally:
        print("finally ran")

wf = with_finally()
next(wf)
try:
    wf.throw(TypeError("t"))
except TypeError:
    print("TypeError propagated")

# throw goes through yield from into the inner generator
def inner():
    try:
        yield "inner 1"
    except ZeroDivisionError:
        yield "inner caught"
    return "inner done"

def outer():
    r = yield from inner()
    yield "outer got " + r

o = outer()
print(next(o))
print(o.throw(ZeroDivisionError))
print(next(o))

# throw into an exhausted generator raises the exception directly
ex = simple()
list(ex)
try:
    ex.throw(OSError("late"))
except OSError as e:
    print("OSError", e)
