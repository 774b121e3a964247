# sys: argv, path, modules, byteorder, maxsize, implementation, version_info
import sys
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv), len(sys.argv) >= 1)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
import json
print("json" in sys.modules, sys.modules["json"] is json)
print(sys.byteorder in ("little", "big"), sys.byteorder)
print(sys.maxsize > 2 ** 30, type(sys.maxsize).__name__, sys.maxsize + 1 > sys.maxsize)
print(type(sys.implementation).__name__ != "", isinstance(sys.implementation.name, str))
print(sys.version_info[0], sys.version_info >= (3, 0), type(sys.version).__name__)
print(hasattr(sys, "stdin"), hasattr(sys, "stdout"), hasattr(sys, "stderr"))
print(callable(sys.exit), callable(sys.stdout.write))
print(type(sys.platform).__name__, len(sys.platform) > 0)
sys.path.append("/nonexistent/test/path")
print(sys.path[-1])
sys.path.pop()
saved_argv = list(sys.argv)
sys.argv[:] = ["prog", "--flag", "value"]
print(sys.argv[1:])
sys.argv[:] = saved_argv
print(sys.argv == saved_argv)
mods_before = len(sys.modules)
import binascii
print(len(sys.modules) >= mods_before, "binascii" in sys.modules)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", isinstance(e, RuntimeError))
print(isinstance(sys.exc_info(), tuple), sys.exc_info() == (None, None, None))
try:
    raise KeyError("k")
except KeyError:
    info = sys.exc_info()
    print(info[0].__name__, repr(info[1]))
