# Several except clauses: the first matching one runs; tuples of classes; bare except.

def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError clause"
    except ArithmeticError:
        return "ArithmeticError clause"
    except (KeyError, IndexError) as e:
        return "lookup tuple clause: " + type(e).__name__
    except LookupError:
        return "LookupError clause"
    except Exception as e:
        return "Exception clause: " + type(e).__name__
    except:
        return "bare clause"

for exc in (ZeroDivisionError, OverflowError, KeyError("k"), IndexError,
            UnicodeError, ValueError("v"), KeyboardInterrupt, GeneratorExit):
    print(classify(exc))

# a subclass clause after its base never runs
try:
    raise KeyError
except LookupError:
    print("base first wins")
except KeyError:
    print("never")

# tuple of classes with as
for exc in (TypeError("t"), ValueError("v")):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        print("caught", type(e).__name__, e)

# the except expression can be any expression giving a class or tuple
handlers = (NameError, AttributeError)
try:
    undefined_name
except handlers as e:
    print("dynamic tuple", type(e).__name__)

def pick():
    return IndexError

try:
    [][0]
except pick() as e:
    print("computed class", e)

# an empty tuple matches nothing
try:
    try:
        raise OSError("os")
    except () as e:
        print("never")
except OSError as e:
    print("empty tuple matched nothing", e)

# an exception that no clause matches propagates
def unmatched():
    try:
        raise RuntimeError("r")
    except (ValueError, TypeError):
        return "wrong"

try:
    unmatched()
except RuntimeError as e:
    print("propagated", e)

# user hierarchy
class AppError(Exception):
    pass

class DbError(AppError):
    pass

class NetError(AppError):
    pass

for cls in (DbError, NetError, AppError):
    try:
        raise cls("boom")
    except DbError:
        print("db")
    except AppError as e:
        print("app", type(e).__name__)
