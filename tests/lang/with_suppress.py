# __exit__ returning a true value suppresses the exception; false lets it propagate.

class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        if typ is not None and issubclass(typ, self.types):
            self.caught = val
            return True
        return False

with Suppress(ValueError) as s:
    raise ValueError("gone")
print("suppressed:", s.caught)

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)

# code after the exception in the body does not run
out = []
with Suppress(ZeroDivisionError):
    out.append(1)
    out.append(1 / 0)
    out.append(2)
print(out)

# truthy non-bool return values also suppress
class Truthy:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return self.ret

for ret in (1, "yes", [0], 0, "", None, []):
    try:
        with Truthy(ret):
            raise RuntimeError
        print(repr(ret), "suppressed")
    except RuntimeError:
        print(repr(ret), "propagated")

# __exit__ raising replaces the exception and chains it
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        raise TypeError("from exit")

try:
    with Replace():
        raise ValueError("original")
except TypeError as e:
    print("TypeError", e, "context:", type(e.__context__).__name__)

# suppression inside a function: execution continues after the with
def f():
    with Suppress(IndexError):
        [][1]
        return "not returned"
    return "after with"

print(f())

# suppression inside a loop
count = 0
for i in range(5):
    with Suppress(ValueError):
        if i % 2:
            raise ValueError(i)
        count += 1
print("count", count)

# suppress a subclass via a base class
with Suppress(LookupError) as s:
    {}["missing"]
print("caught type", type(s.caught).__name__)

# the exception is not visible after suppression
import sys
with Suppress(Exception):
    raise ValueError
print(sys.exc_info()[0])
