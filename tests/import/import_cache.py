# Modules are cached in sys.modules: the body runs once, every import shares the object.

import sys

print("_counted" in sys.modules)
import _counted
print("_counted" in sys.modules, sys.modules["_counted"] is _counted)
import _counted as again
print(again is _counted)
from _counted import value
print(value)

# changes to the module object are visible to every importer
_counted.value = "changed"
import _counted as third
print(third.value)
from _counted import value
print(value)

# importing inside a function uses the same cache
def reimport():
    import _counted
    return _counted.value

print(reimport())

# removing the entry forces the body to run again on the next import
old = _counted
del sys.modules["_counted"]
import _counted
print(_counted is old, _counted.value, old.value)

# a module can be placed in sys.modules by hand
class Fake:
    answer = 42

sys.modules["_fake_module"] = Fake()
import _fake_module
print(_fake_module.answer)
del sys.modules["_fake_module"]

# builtin modules are cached too
import math
import math as m2
print(math is m2, sys.modules["math"] is math, "sys" in sys.modules)
