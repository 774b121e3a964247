# e.args, str(e) and repr(e) for builtin exceptions.

for exc in (ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(42),
            ValueError(""), ValueError(None), TypeError("x", 1, [2]), Exception("e"),
            RuntimeError(("tuple",)), OSError("os"), ZeroDivisionError("zero")):
    print(repr(exc), "|", str(exc), "|", exc.args, "|", len(exc.args))

# args from real errors
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.args, str(e))
try:
    [].pop()
except IndexError as e:
    print(e.args, str(e))
try:
    int("abc")
except ValueError as e:
    print(e.args, str(e))
try:
    undefined_variable
except NameError as e:
    print(e.args, str(e))

# printing an exception uses str
try:
    raise ValueError("printed")
except ValueError as e:
    print(e)
    print("formatted: %s / %r" % (e, e))
    print(f"f-string: {e} / {e!r}")

# exceptions compare by identity
a = ValueError("same")
b = ValueError("same")
print(a == b, a == a, a.args == b.args)

# exception objects can be created without raising and raised later
pending = [KeyError("k1"), IndexError("i1")]
for p in pending:
    try:
        raise p
    except LookupError as e:
        print("raised later:", repr(e))

# with_traceback returns the exception itself
e = ValueError("tb")
print(e.with_traceback(None) is e)

# BaseException subclasses have args too
print(repr(KeyboardInterrupt()), repr(SystemExit(2)), SystemExit(2).code, SystemExit().code)
print(repr(StopIteration(3)), repr(GeneratorExit()))
