from . import deep


def where():
    return __name__ + " next to " + deep.NAME
