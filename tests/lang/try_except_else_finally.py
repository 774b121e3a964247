# Every combination of try/except/else/finally, with and without an exception.

def run(raise_it):
    log = []
    def body():
        log.append("body")
        if raise_it:
            raise ValueError("x")
    # try/except
    try:
        body()
    except ValueError:
        log.append("except")
    log.append("|")
    # try/except/else
    try:
        body()
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    log.append("|")
    # try/except/finally
    try:
        body()
    except ValueError:
        log.append("except")
    finally:
        log.append("finally")
    log.append("|")
    # try/except/else/finally
    try:
        body()
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("|")
    # try/finally, exception propagates through it
    try:
        try:
            body()
        finally:
            log.append("finally")
    except ValueError:
        log.append("outer")
    return log

print(run(False))
print(run(True))

# an exception in else is not caught by the same try's handlers
try:
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally after else raised")
except ValueError as e:
    print("outer caught", e)

# an exception in an except block runs finally and propagates
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
    finally:
        print("finally after handler raised")
except IndexError as e:
    print("outer caught", e)

# an exception that no handler matches passes through finally
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("no")
    else:
        print("no")
    finally:
        print("finally with unmatched")
except TypeError as e:
    print("outer caught", e)

# return value flows through else and finally
def ret(v):
    try:
        r = 10 // v
    except ZeroDivisionError:
        return "div0"
    else:
        return r
    finally:
        print("finally for", v)

print(ret(2), ret(0))
