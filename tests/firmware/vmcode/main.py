# Frozen code through the VM's paths that read code and its tables: calls with defaults and
# keywords, closures, generators, yield from, send and throw, exceptions, classes.  On the board
# the whole bundle is in flash; the test makes every byte load from it fault and counts none
# (core/vm.c and the files it calls are built without -mforce-l32: docs/firmware.md).
def f(a, b=2, *args, k=3, **kw):
    return a + b + k + len(args) + len(kw)
def outer(n):
    def inner(x):
        return x * n
    return inner
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            yield -x
def deleg():
    r = yield from gen(3)
    return r
class C:
    def __init__(self, v):
        self.v = v
    def m(self, w=1):
        return self.v + w
g = gen(4)
print(next(g), g.send(5), next(g), list(deleg()))
try:
    d = deleg(); next(d); d.throw(ValueError("x"))
except ValueError as e:
    print("thrown", e)
try:
    f()
except TypeError as e:
    print(e)
print(f(1), f(1, 2, 3, 4, k=5, z=6), outer(3)(4), C(5).m(), C(1).m(w=7), [i * i for i in range(3)])
