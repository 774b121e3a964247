# module objects: attributes, type, __name__, import aliases and identity
import sys
import math
import math as m2
from math import sqrt as root
print(type(math).__name__, math.__name__, m2 is math, root is math.sqrt, root(16.0))
print(__name__, type(sys).__name__, sys.__name__)
print("math" in sys.modules, sys.modules["math"] is math, isinstance(math, type(sys)))
print(hasattr(math, "pi"), hasattr(math, "nope"), getattr(math, "e") == math.e, getattr(math, "nope", "dflt"))
try:
    math.nope
except AttributeError as e:
    print("AttributeError", e)
import json
print(json.__name__, callable(json.dumps), json.loads("[1]"))
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e, isinstance(e, ImportError))
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError", type(e).__name__)
g = globals()
print(g["__name__"], "math" in g, "sys" in g, g["root"] is math.sqrt)
mod_names = sorted(n for n in dir(math) if n in ("sqrt", "pi", "floor", "ceil"))
print(mod_names)
x = 5
import __main__ as me
print(me.x, me.__name__, me.root is root)
print(math.floor(2.5), m2.ceil(2.5), json.dumps({"a": 1}))
import math, sys as system
print(system is sys, math.pi > 3)
