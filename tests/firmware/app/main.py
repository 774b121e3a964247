# The frozen test app (tests/firmware/run.sh bakes this directory and boots it in the
# emulator).  Its output must match CPython's (app.exp); it ends with an uncaught exception
# from a frozen module, whose traceback lines are in app.tb.
print("main: start", __name__)

import shapes
from util import fib, counter, Registry, first_words
import pkg
from pkg import sub
from pkg.deep import leaf
import consts

sq = shapes.Square(3)
print(sq, sq.area(), shapes.Circle(2).area())
print(sorted(s.name for s in [shapes.Square(1), shapes.Circle(1), shapes.Shape("x")]))
print([fib(n) for n in range(12)])
c = counter(10)
print(c(), c(), c(5))
r = Registry()
r.add("b", 2)
r.add("a", 1)
print(r, len(r), "a" in r)
print(first_words("the quick brown fox jumps", 3))
print(pkg.describe(), sub.where(), leaf.path())
print(consts.summary())
print(list(consts.gen(4)), consts.lookup("two"))
try:
    consts.fail_inside()
except KeyError as e:
    print("caught", repr(e))
print(type(shapes).__name__, shapes.__name__, sub.__name__, leaf.__package__)

import boom
boom.explode(7)
print("not reached")
