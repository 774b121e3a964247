# Relative imports inside packages: from . import x, from .x import y, from .. import z.

from pkg import rel
print(rel.use())
print(rel.sub is __import__("pkg.sub").sub)

from pkg.inner import deep
print(deep.where(), deep.sub.SUB_VALUE)

# going above the top-level package fails
try:
    import pkg.beyond
except ImportError as e:
    print(type(e).__name__, e)
