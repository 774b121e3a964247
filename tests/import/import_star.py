# from module import *: public names, or exactly the names in __all__.

from _star import *
print(public_name, public_function())
try:
    _private_name
    print("_private_name imported")
except NameError:
    print("_private_name not imported")
try:
    _math_alias
    print("_math_alias imported")
except NameError:
    print("_math_alias not imported")

from _star_all import *
print(exported, _also_exported)
try:
    not_listed
except NameError as e:
    print("NameError", e)

# the module itself is not bound by a star import
try:
    _star_all
except NameError:
    print("_star_all not bound")

# star import of a package imports what its __init__ defines
from pkg import *
print(PKG_CONSTANT, pkg_function())
