# Circular imports: the partly initialised module is visible to the other one.

import _circ_a
print("main: both loaded", _circ_a.A_LATE, _circ_a._circ_b.B_VALUE)

import sys
print(sys.modules["_circ_a"] is _circ_a, sys.modules["_circ_b"] is _circ_a._circ_b)
print(_circ_a._circ_b._circ_a is _circ_a)

# importing a name that the partly initialised module has not defined yet fails
try:
    import _circ_c
except ImportError as e:
    print(type(e).__name__)
print("_circ_c" in sys.modules, "_circ_d" in sys.modules)
