from .. import sub as parent_sub
from . import NAME


def path():
    return NAME + ".leaf (" + parent_sub.__name__ + ")"
