# __name__ of imported modules and of the main program.

print("main program __name__ =", __name__)
import _named
print(_named.__name__, _named.my_name())
import pkg.sub
print(pkg.__name__, pkg.sub.__name__)
from pkg.inner import deep
print(deep.__name__)

# functions and classes record the module they were defined in
print(_named.my_name.__module__, pkg.sub.Thing.__module__, pkg.sub.double.__module__)

def here():
    pass

print(here.__module__)

# builtin modules
import math, sys
print(math.__name__, sys.__name__)
