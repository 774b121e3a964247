# Exceptions raised inside generators, and handled inside them.

def gen_raises():
    yield 1
    yield 2
    raise ValueError("generator broke")

out = []
try:
    for v in gen_raises():
        out.append(v)
except ValueError as e:
    print("ValueError", e, "after", out)

# the generator is finished after raising
g = gen_raises()
next(g); next(g)
try:
    next(g)
except ValueError:
    pass
print(next(g, "finished"))

# handling inside the generator lets it continue
def tolerant(items):
    for it in items:
        try:
            yield int(it)
        except ValueError:
            continue

def parse(items):
    for it in items:
        try:
            v = int(it)
        except ValueError:
            yield "bad:" + it
            continue
        yield v

print(list(parse(["1", "x", "3"])))

# an exception from the consumer's side does not reach the generator's handler
def guarded():
    try:
        yield 1
        yield 2
    except KeyError:
        print("never: the consumer's exception is not thrown in")
    finally:
        print("guarded finally")

# (closed explicitly: when an unreferenced generator is finalized is CPython's refcounting
# detail, not the language's)
g = guarded()
try:
    for v in g:
        raise KeyError("consumer")
except KeyError as e:
    print("consumer KeyError", e)
g.close()

# a generator raising in its finally during normal exhaustion
def bad_finally():
    try:
        yield "x"
    finally:
        raise RuntimeError("from finally")

try:
    list(bad_finally())
except RuntimeError as e:
    print("RuntimeError", e)

# exceptions in a generator expression
gx = (10 // n for n in [5, 2, 0, 1])
got = []
try:
    for v in gx:
        got.append(v)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, got)

# exception propagating through yield from
def inner():
    yield "inner"
    raise IndexError("inner failed")

def outer():
    try:
        yield from inner()
    except IndexError as e:
        yield "outer caught " + str(e)

print(list(outer()))

# exceptions raised inside a generator's except block chain
def chaining():
    try:
        yield 1
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")

c = chaining()
next(c)
try:
    next(c)
except ValueError as e:
    print(repr(e), "context", repr(e.__context__))
