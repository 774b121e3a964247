# Relative imports inside a package.
from . import sub
from .sub import double as dbl
from . import PKG_CONSTANT
from .inner import deep

print("pkg/rel running, __name__ =", __name__)


def use():
    return sub.SUB_VALUE, dbl(5), PKG_CONSTANT, deep.where()
