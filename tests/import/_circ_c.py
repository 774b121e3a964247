# Imports a name from a module that is still being initialised.
import _circ_d
C_VALUE = "c"
