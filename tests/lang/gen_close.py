# generator.close() and GeneratorExit.

def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup")

g = gen()
print(next(g))
g.close()
print(next(g, "closed generators are exhausted"))
g.close()     # closing again is fine
print("closed twice")

# closing a generator that never started runs nothing
def noisy():
    print("started")
    try:
        yield
    finally:
        print("finally")

n = noisy()
n.close()
print("closed before start")

# closing an exhausted generator does nothing
e = noisy()
list(e)
e.close()

# yielding in response to GeneratorExit is an error
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError", err)

# returning on GeneratorExit is fine
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("polite exit")
        return

p = polite()
next(p)
p.close()

# GeneratorExit is a BaseException, not an Exception
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

def swallow_all():
    try:
        yield 1
    except Exception:
        print("not reached for GeneratorExit")
    finally:
        print("finally after close")

sa = swallow_all()
next(sa)
sa.close()

# another exception raised during close propagates
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")

ro = raises_other()
next(ro)
try:
    ro.close()
except ValueError as err:
    print("ValueError", err)

# close reaches the inner generator of yield from
def inner():
    try:
        yield "inner"
    finally:
        print("inner closed")

def outer():
    try:
        yield from inner()
    finally:
        print("outer closed")

o = outer()
next(o)
o.close()

# breaking out of a for loop leaves the generator suspended; close it explicitly
def resource():
    try:
        for i in range(10):
            yield i
    finally:
        print("resource released")

r = resource()
for v in r:
    if v == 2:
        break
print("loop done at", v)
r.close()
