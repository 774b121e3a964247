# ImportError and ModuleNotFoundError, and modules that fail while being imported.

import sys

try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "|", e.name)

try:
    import pkg.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "|", e.name)

try:
    import no_such_pkg.sub
except ImportError as e:
    print(type(e).__name__, e)

try:
    from pkg import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

try:
    from pkg.sub import MISSING
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

# ModuleNotFoundError is an ImportError
print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))

# an exception raised while importing propagates and the module is not cached
try:
    import pkg.broken
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print("pkg.broken" in sys.modules)

# trying again runs the module again (and fails again)
try:
    from pkg import broken
except ZeroDivisionError as e:
    print("ZeroDivisionError again", e)

# importing a name from a module that is not a package
try:
    import math.floor
except ModuleNotFoundError as e:
    print(type(e).__name__)

# nothing half-imported is bound
try:
    broken
except NameError as e:
    print("NameError", e)
