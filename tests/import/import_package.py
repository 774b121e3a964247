# Importing packages and submodules: import a.b, import a.b as c, from a import b.

import pkg.sub
print(pkg.sub.SUB_VALUE, pkg.sub.double(4), pkg.PKG_CONSTANT)
print(pkg.__name__, pkg.sub.__name__, type(pkg).__name__)

# a second import of the same submodule runs nothing again
import pkg.sub as s
print(s is pkg.sub, s.double(21))

from pkg import sub
print(sub is s)

from pkg.sub import double, Thing
print(double(10), Thing())

from pkg import pkg_function, PKG_CONSTANT as const
print(pkg_function(), const)

# a submodule becomes an attribute of its package once imported
import pkg
print(hasattr(pkg, "sub"), hasattr(pkg, "rel"))
import pkg.inner.deep
print(hasattr(pkg, "inner"), hasattr(pkg.inner, "deep"), pkg.inner.deep.where())

# "import a.b" binds only the top-level name
def local():
    import pkg.inner.deep
    try:
        inner
        return "inner bound"
    except NameError:
        return "only pkg bound: " + pkg.__name__

print(local())

# importing a package does not import its submodules automatically
import sys
print("pkg.broken" in sys.modules, "pkg.inner" in sys.modules)
