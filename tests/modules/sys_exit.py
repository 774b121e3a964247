# sys.exit raises SystemExit with the given code; catching it, codes of different types
import sys
for arg in ((), (0,), (1,), (2,), ("message",), (None,), ([1, 2],)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args, type(e).__name__)
try:
    sys.exit(3)
except Exception:
    print("wrong: Exception caught SystemExit")
except BaseException as e:
    print("caught as BaseException", type(e).__name__, e.code)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("raised directly", e.code, str(e))
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code, e.args)

def nested():
    try:
        sys.exit(7)
    finally:
        print("finally runs before leaving")

try:
    nested()
except SystemExit as e:
    print("propagated", e.code)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
try:
    try:
        sys.exit(9)
    except ValueError:
        print("not a ValueError")
except SystemExit as e:
    print("passed through except ValueError", e.code)
e = SystemExit(1, 2)
print(e.code, e.args)
try:
    sys.exit("bye")
except SystemExit as ex:
    print(str(ex), repr(ex))
print("still running")
