# Exceptions and finally: replacement, propagation, ordering.

log = []

def f(raise_in_try, raise_in_finally):
    try:
        log.append("try")
        if raise_in_try:
            raise ValueError("try")
    finally:
        log.append("finally")
        if raise_in_finally:
            raise KeyError("finally")

for a in (False, True):
    for b in (False, True):
        log.clear()
        try:
            f(a, b)
            outcome = "ok"
        except Exception as e:
            outcome = "%s(%s) ctx=%s" % (type(e).__name__, e, type(e.__context__).__name__)
        print(a, b, log, outcome)

# finally runs while the exception is propagating through nested functions
def inner():
    try:
        raise IndexError("deep")
    finally:
        print("inner finally")

def middle():
    try:
        inner()
    finally:
        print("middle finally")

try:
    middle()
except IndexError as e:
    print("caught", e)

# an exception handled inside finally does not escape
def handled_in_finally():
    try:
        return "try value"
    finally:
        try:
            raise ValueError("hidden")
        except ValueError:
            print("handled inside finally")

print(handled_in_finally())

# finally after a caught exception, with the handler raising again
def rethrow():
    try:
        raise ValueError("one")
    except ValueError:
        raise TypeError("two")
    finally:
        print("finally runs before TypeError leaves")

try:
    rethrow()
except TypeError as e:
    print("TypeError", e, "context", e.__context__)

# a loop with try/finally and an exception on the third iteration
count = 0
try:
    for i in range(5):
        try:
            if i == 2:
                raise RuntimeError("stop at 2")
        finally:
            count += 1
except RuntimeError as e:
    print(e, "finally ran", count, "times")
