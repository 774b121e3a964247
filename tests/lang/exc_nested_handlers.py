# Nested try statements, exceptions raised inside handlers, and handler order.

def nested(kind):
    log = []
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if kind == "value":
                raise ValueError("v")
            if kind == "key":
                raise KeyError("k")
            if kind == "type":
                raise TypeError("t")
        except ValueError:
            log.append("inner except ValueError")
        except KeyError:
            log.append("inner except KeyError, raising IndexError")
            raise IndexError("from inner handler")
        else:
            log.append("inner else")
        finally:
            log.append("inner finally")
        log.append("after inner")
    except IndexError as e:
        log.append("outer except IndexError (context %s)" % type(e.__context__).__name__)
    except TypeError:
        log.append("outer except TypeError")
    finally:
        log.append("outer finally")
    return log

for kind in ("none", "value", "key", "type"):
    print(kind, nested(kind))

# try inside except
try:
    raise ValueError("first")
except ValueError as first:
    try:
        raise KeyError("second")
    except KeyError as second:
        print("inner handler sees", repr(first), repr(second))
    print("outer handler still has", repr(first))

# try inside finally
def fin():
    try:
        return "value"
    finally:
        try:
            int("x")
        except ValueError:
            print("handled inside finally")

print(fin())

# deep nesting with a single exception passing several handlers
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deep(n - 1)
    except KeyError:
        print("never")
    finally:
        print("unwinding", n)

try:
    deep(3)
except LookupError as e:
    print("top caught", e)

# exception in else clause is not handled by the sibling except
def else_raises():
    try:
        pass
    except ZeroDivisionError:
        return "except"
    else:
        return 1 / 0

try:
    else_raises()
except ZeroDivisionError:
    print("else exception escaped")

# handler chooses to return, suppressing the exception
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf")
    finally:
        pass

print(safe_div(1, 0), safe_div(-1, 0), safe_div(6, 3))
