# assert with and without message; the message is evaluated only on failure.

assert True
assert 1 == 1, "not shown"

try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)

try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError", e, e.args)

def msg():
    print("message evaluated")
    return "computed message"

assert True, msg()
try:
    assert [], msg()
except AssertionError as e:
    print("AssertionError", e)

# non-string messages are kept as the argument
try:
    assert 0, 42
except AssertionError as e:
    print(e.args, str(e))
try:
    assert None, ("tuple", 1)
except AssertionError as e:
    print(e.args)

# AssertionError is an Exception
print(issubclass(AssertionError, Exception))

# assert in a function stops it
def checked_sqrt(x):
    assert x >= 0, "negative input %r" % x
    return x ** 0.5

print(checked_sqrt(16))
try:
    checked_sqrt(-4)
except AssertionError as e:
    print("AssertionError", e)

# assert with parenthesised condition and a condition that has side effects
calls = []

def cond():
    calls.append(1)
    return True

assert (cond()), "x"
assert cond() and cond()
print(len(calls))
print(__debug__)
