# The builtin exception hierarchy.

def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__ if c is not object)

for cls in (ZeroDivisionError, OverflowError, KeyError, IndexError, UnboundLocalError,
            NotImplementedError, RecursionError, ModuleNotFoundError, StopIteration,
            GeneratorExit, KeyboardInterrupt, SystemExit, AssertionError, AttributeError,
            UnicodeDecodeError, FileNotFoundError, TimeoutError, MemoryError, TypeError,
            EOFError, LookupError, ArithmeticError, OSError):
    print(chain(cls))

checks = [
    (ZeroDivisionError, ArithmeticError),
    (KeyError, LookupError),
    (KeyError, IndexError),
    (UnboundLocalError, NameError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError),
    (UnicodeError, ValueError),
    (Exception, BaseException),
    (KeyboardInterrupt, Exception),
    (SystemExit, Exception),
    (GeneratorExit, Exception),
    (StopIteration, Exception),
    (bool, int),
]
for sub, base in checks:
    print(sub.__name__, "<", base.__name__, issubclass(sub, base))

# catching by base class
def catch(exc):
    try:
        raise exc
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError:
        return "LookupError"
    except NameError:
        return "NameError"
    except RuntimeError:
        return "RuntimeError"
    except OSError:
        return "OSError"
    except ValueError:
        return "ValueError"
    except Exception:
        return "Exception"

for exc in (ZeroDivisionError, OverflowError, IndexError, KeyError, UnboundLocalError,
            RecursionError, NotImplementedError, FileNotFoundError, UnicodeError, TypeError):
    print(exc.__name__, "caught as", catch(exc))

# real errors are instances of the expected classes
try:
    {}["x"]
except LookupError as e:
    print(type(e).__name__, isinstance(e, KeyError), isinstance(e, Exception))

# EnvironmentError and IOError are aliases of OSError
print(EnvironmentError is OSError, IOError is OSError)
