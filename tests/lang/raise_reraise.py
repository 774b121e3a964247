# Bare raise re-raises the exception being handled.

def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, re-raising")
        raise

try:
    f()
except ValueError as e:
    print("outer got", e)

# re-raise after catching by a base class keeps the real type
try:
    try:
        raise KeyError("k")
    except LookupError:
        raise
except KeyError as e:
    print("still KeyError", e)

# the re-raised exception is the same object
saved = None
try:
    try:
        raise IndexError("same")
    except IndexError as e:
        saved = e
        raise
except IndexError as e:
    print(e is saved)

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)

def no_active():
    raise

try:
    no_active()
except RuntimeError as e:
    print("RuntimeError", e)

# bare raise in a function called from a handler re-raises the handled one
def helper():
    raise

try:
    try:
        raise TypeError("via helper")
    except TypeError:
        helper()
except TypeError as e:
    print("helper re-raised", e)

# after a nested handler finishes, bare raise refers to the outer exception again
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
except ValueError as e:
    print("re-raised", e)

# re-raise in finally-less handler, then handled and the program continues
count = 0
for i in range(3):
    try:
        try:
            raise ArithmeticError(i)
        except ArithmeticError:
            count += 1
            raise
    except ArithmeticError as e:
        print("loop", e)
print(count)

# the exception handled state ends after the except block
try:
    raise ValueError
except ValueError:
    pass
try:
    raise
except RuntimeError:
    print("no active exception after handler")
