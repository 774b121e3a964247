# with statement with one item: __enter__'s result is bound, __exit__ gets
# (None, None, None) on normal exit.

class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return "value of " + self.name

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ, val, tb)
        return False

with CM("a") as v:
    print("body got", v)

# without as, __enter__ still runs
with CM("b"):
    print("body without as")

# __enter__ may return self
class Res:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *exc):
        self.open = False

r = Res()
with r as same:
    print("same object", same is r, r.open)
print("closed", r.open)

# the as target can be any assignment target
class Holder:
    pass

h = Holder()
d = {}
with CM("c") as h.attr:
    pass
with CM("d") as d["key"]:
    pass
print(h.attr, d)

# the as target can unpack
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return None

with Pair() as (x, y):
    print("unpacked", x, y)

# exception in the body: __exit__ sees type, value and a traceback object
class Show:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("exit sees", typ.__name__, val)
        return False

try:
    with Show():
        raise ValueError("in body")
except ValueError as e:
    print("propagated", e)

# exception in __enter__: __exit__ is not called, body does not run
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")

try:
    with BadEnter():
        print("never run")
except RuntimeError as e:
    print("RuntimeError", e)

# a missing __exit__ or __enter__ is a TypeError or AttributeError
class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print("no __exit__:", type(e).__name__ in ("AttributeError", "TypeError"))
