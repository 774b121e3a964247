# __import__(): importing by name, fromlist, the module cache, errors
m = __import__("math")
print(type(m).__name__, m.__name__, m.sqrt(25.0))
import math
import sys
print(m is math, sys.modules["math"] is m)
j = __import__("json", globals(), locals(), [], 0)
print(j.__name__, j.dumps([1]))
s = __import__("sys", fromlist=["path"])
print(s is sys, isinstance(s.path, list))
try:
    __import__("no_such_module_for_test_q")
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("no_such_module_for_test_q")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e.name)
try:
    __import__(42)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    __import__()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
names = ["math", "json", "struct"]
mods = [__import__(n) for n in names]
print([mod.__name__ for mod in mods], all(n in sys.modules for n in names))
st = __import__("struct")
print(st.pack("<H", 258), st.calcsize("<i"))
def lazy_import(name):
    return __import__(name)
print(lazy_import("binascii").hexlify(b"\x01\xff"))
print(callable(__import__), __import__.__name__)
