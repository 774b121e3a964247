# raise with a class, with an instance, and the errors of raising non-exceptions.

try:
    raise ValueError
except ValueError as e:
    print("class raised:", type(e).__name__, e.args)

try:
    raise ValueError("bad value", 3)
except ValueError as e:
    print("instance raised:", e.args)

err = KeyError("stored")
try:
    raise err
except KeyError as e:
    print("same object:", e is err)

# raising an instance of a user class
class MyError(Exception):
    pass

try:
    raise MyError("mine")
except Exception as e:
    print(type(e).__name__, e)

# raising things that are not exceptions
for bad in (1, "text", None, object, [ValueError]):
    try:
        raise bad
    except TypeError as e:
        print("TypeError", e)

# raise in a nested call propagates out
def level3():
    raise IndexError("deep")

def level2():
    level3()
    print("not reached")

def level1():
    try:
        level2()
    except IndexError as e:
        return "caught at level1: " + str(e)

print(level1())

# raise inside a loop stops the loop
done = []
try:
    for i in range(10):
        done.append(i)
        if i == 3:
            raise StopIteration("manual")
except StopIteration as e:
    print("stopped", done, e)

# exception class created by a function call
def make(kind):
    return {"v": ValueError, "t": TypeError}[kind]

for k in "vt":
    try:
        raise make(k)("made")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# raise BaseException subclasses that Exception does not catch
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)

try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.code)
