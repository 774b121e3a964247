# A module's __getattr__ raising AttributeError: `from m import x` is an ImportError (the
# AttributeError does not show), getattr with a default and hasattr see a missing attribute,
# and the import system's own lookups (__path__; __all__ for the star import, a guard: it
# passed before too) are not disturbed by it.
import _getattr_mod
from _getattr_mod import known, lazy
from _getattr_mod import *

print(sorted(n for n in dir() if not n.startswith("__")))

print(known, lazy)
try:
    from _getattr_mod import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.__context__, e.name)
print(getattr(_getattr_mod, "missing", "default"), hasattr(_getattr_mod, "missing"), hasattr(_getattr_mod, "lazy"))
try:
    _getattr_mod.missing
except AttributeError as e:
    print("AttributeError", e)


class C:
    def __getattr__(self, name):
        raise AttributeError(name)

    @property
    def broken(self):
        raise AttributeError("inside the property")

    @property
    def other(self):
        raise KeyError("not an AttributeError")


c = C()
print(getattr(c, "x", 0), hasattr(c, "x"), hasattr(c, "broken"), getattr(c, "broken", "fallback"))
try:
    hasattr(c, "other")
except KeyError as e:
    print("KeyError", e)
try:
    getattr(c, "other", None)
except KeyError as e:
    print("KeyError", e)
