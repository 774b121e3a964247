# The forms of the import statement with builtin modules.

import math
print(math.sqrt(16), math.pi > 3)

import math as m
print(m is math, m.floor(2.7))

from math import sqrt
print(sqrt(9))

from math import floor as fl, ceil as cl
print(fl(2.5), cl(2.5))

from math import (
    pi,
    e,
)
print(round(pi, 2), round(e, 2))

import sys, math as m2
print(m2 is math, "math" in sys.modules)

from math import *
print(floor(2.5), factorial(5))

# import inside a function binds a local name
def local_import():
    import json
    return json.dumps([1, 2])

print(local_import())
try:
    json
except NameError:
    print("json not bound at module level")

# importing twice gives the same module object
import struct
import struct as s2
print(struct is s2)

# errors
try:
    import no_such_module_xyz
except ImportError as err:
    print(type(err).__name__, err)
try:
    from math import no_such_name
except ImportError as err:
    print(type(err).__name__, isinstance(err, ImportError))
try:
    import math.nothing
except ImportError as err:
    print(type(err).__name__)

# module attributes
print(math.__name__, type(math).__name__)
