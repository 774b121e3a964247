# Package initialisation: runs once, on the first import of pkg or of any submodule.
print("pkg/__init__ running, __name__ =", __name__)
PKG_CONSTANT = "defined in pkg/__init__"
init_count = 1


def pkg_function():
    return "pkg_function called"
