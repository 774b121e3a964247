# Two-dot relative import reaches the parent package.
from .. import sub
from ..sub import SUB_VALUE

print("pkg/inner/deep running, __name__ =", __name__)


def where():
    return "deep sees SUB_VALUE=%d via %s" % (SUB_VALUE, sub.__name__)
