# The name bound by "except ... as name" is deleted at the end of the handler.

try:
    raise ValueError("v")
except ValueError as err:
    print("inside", err)
try:
    err
except NameError as e:
    print("NameError", e)

# an existing variable with the same name is deleted too
e2 = "previous value"
try:
    raise KeyError("k")
except KeyError as e2:
    pass
try:
    print(e2)
except NameError as e:
    print("NameError", e)

# in a function it becomes an unbound local
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    try:
        return exc
    except UnboundLocalError:
        return "unbound after handler"

print(f())

# to keep the exception, assign it to another name
def keep():
    saved = None
    try:
        raise IndexError("kept")
    except IndexError as ex:
        saved = ex
    return saved

k = keep()
print(type(k).__name__, k)

# deleted even when the handler is left with return
def leave():
    try:
        raise ValueError
    except ValueError as ex:
        return "returned from handler"

print(leave())

# the handler can itself delete the name, or rebind it
try:
    raise ValueError
except ValueError as ex:
    del ex
print("deleting inside handler is fine")

try:
    raise ValueError
except ValueError as ex:
    ex = "rebound"
try:
    ex
except NameError:
    print("rebound name deleted too")

# a handler that is not entered does not touch the name
name = "untouched"
try:
    pass
except ValueError as name:
    pass
print(name)

# the binding also happens in loops, once per iteration
for i in range(2):
    try:
        raise KeyError(i)
    except KeyError as loop_exc:
        print("loop", loop_exc)
try:
    loop_exc
except NameError:
    print("loop_exc deleted")
