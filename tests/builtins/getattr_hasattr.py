# getattr() with default, hasattr(), __getattr__ and properties that raise
class Thing:
    cls_value = "class"
    def __init__(self):
        self.value = 1
    def method(self):
        return "method result"
    @property
    def broken(self):
        raise AttributeError("broken property")
    @property
    def failing(self):
        raise ValueError("not an attribute error")

t = Thing()
print(getattr(t, "value"), getattr(t, "cls_value"), getattr(t, "missing", "default"), getattr(t, "method")())
print(hasattr(t, "value"), hasattr(t, "missing"), hasattr(t, "broken"), hasattr(Thing, "method"), hasattr(Thing, "value"))
print(getattr(t, "broken", "fallback"), getattr(Thing, "cls_value"), getattr(1, "real"), getattr("s", "upper")())
try:
    getattr(t, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    hasattr(t, "failing")
except ValueError as e:
    print("ValueError", e)
try:
    getattr(t, "failing", None)
except ValueError as e:
    print("ValueError", e)
try:
    getattr(t, 1)
except TypeError as e:
    print("TypeError", e)
try:
    hasattr(t, None)
except TypeError as e:
    print("TypeError", e)
try:
    getattr(t)
except TypeError as e:
    print("TypeError", e)
try:
    hasattr(t)
except TypeError as e:
    print("TypeError", e)

class Dynamic:
    real = "real attr"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)

d = Dynamic()
print(d.real, d.auto_x, getattr(d, "auto_yz"), hasattr(d, "auto_"), hasattr(d, "other"), getattr(d, "other", 0))
ops = {"up": "upper", "low": "lower"}
print([getattr("MiXeD", ops[k])() for k in ("up", "low")])
import math
print(getattr(math, "floor")(2.7), hasattr(math, "tau"), getattr(math, "nothing", None))
print(getattr(t, "__class__").__name__, hasattr(t, "__init__"), hasattr(None, "__bool__"))
