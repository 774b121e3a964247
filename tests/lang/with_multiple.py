# with several items: entered left to right, exited right to left.

log = []

class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise ValueError("enter " + self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        log.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return self.suppress

with CM("a") as a, CM("b") as b, CM("c") as c:
    log.append("body %s%s%s" % (a, b, c))
print(log)

# equivalent to nesting
log.clear()
with CM("a") as a:
    with CM("b") as b:
        log.append("body")
print(log)

# parenthesised form (3.10+)
log.clear()
with (CM("p") as p,
      CM("q") as q):
    log.append("paren body " + p + q)
print(log)

# failure in the second __enter__: the first is exited with that exception
log.clear()
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("body")
except ValueError as e:
    log.append("caught " + str(e))
print(log)

# exception in the body goes through every __exit__ in reverse order
log.clear()
try:
    with CM("a"), CM("b"):
        raise KeyError("k")
except KeyError:
    log.append("caught")
print(log)

# the inner manager suppresses: the outer sees a normal exit
log.clear()
with CM("outer"), CM("inner", suppress=True):
    raise IndexError("swallowed")
log.append("after")
print(log)

# the expression of later items is evaluated after earlier ones are entered
log.clear()

def make(name):
    log.append("make " + name)
    return CM(name)

with make("x") as x, make("y") as y:
    pass
print(log)

# the same manager object used twice
log.clear()
m = CM("m")
with m, m:
    pass
print(log)
