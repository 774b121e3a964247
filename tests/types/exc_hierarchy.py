# built-in exception hierarchy: issubclass checks down to leaf classes
def parents(cls):
    return [k.__name__ for k in cls.__mro__[1:]]

for cls in (BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
            ArithmeticError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
            EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError,
            MemoryError, NameError, UnboundLocalError, OSError, RuntimeError, NotImplementedError,
            RecursionError, SyntaxError, IndentationError, TypeError, ValueError, UnicodeError,
            UnicodeDecodeError, UnicodeEncodeError):
    print(cls.__name__, parents(cls))
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (ModuleNotFoundError, ImportError), (UnicodeDecodeError, UnicodeError),
    (UnicodeError, ValueError), (UnicodeDecodeError, ValueError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (UnboundLocalError, NameError), (IndentationError, SyntaxError),
    (StopIteration, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, Exception), (GeneratorExit, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (Exception, BaseException), (KeyError, IndexError), (ValueError, TypeError),
    (LookupError, KeyError), (OSError, Exception), (EOFError, Exception), (MemoryError, Exception),
    (AssertionError, Exception), (AttributeError, Exception), (TypeError, Exception),
]
for sub, sup in checks:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(FileNotFoundError, OSError), issubclass(FileExistsError, OSError), issubclass(PermissionError, OSError))
print(issubclass(TimeoutError, OSError), issubclass(IsADirectoryError, OSError), issubclass(NotADirectoryError, OSError))
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
try:
    {}["x"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__)
try:
    import no_such_module_abc
except ImportError as e:
    print("caught as ImportError:", type(e).__name__)
try:
    b"\xff".decode()
except ValueError as e:
    print("caught as ValueError:", type(e).__name__)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__, e)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong: Exception caught KeyboardInterrupt")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__)
