"""Module docstring: the first statement of the module."""
# Docstrings of modules, functions, classes and methods: __doc__.

print(__doc__)


def documented():
    """Function docstring."""
    return 1


def multi_line():
    """First line.

    More lines keep their indentation.
    """


def implicit_concat():
    "joined" " docstring"


def not_first():
    x = 1
    "not a docstring: not the first statement"
    return x


def no_doc():
    return None


def f_string_is_not_a_docstring():
    f"f-strings {1 + 1} are not docstrings"


print(documented.__doc__)
print(repr(multi_line.__doc__))
print(implicit_concat.__doc__)
print(not_first.__doc__, no_doc.__doc__, f_string_is_not_a_docstring.__doc__)


class Documented:
    """Class docstring."""

    def method(self):
        """Method docstring."""

    @property
    def prop(self):
        """Property docstring."""
        return 5

    @staticmethod
    def static():
        "Static docstring."


class Plain:
    pass


class Child(Documented):
    pass


print(Documented.__doc__, Documented().__doc__)
print(Documented.method.__doc__, Documented().method.__doc__)
print(Documented.prop.__doc__, Documented.static.__doc__)
print(Plain.__doc__, Child.__doc__)

# lambdas have no docstring; __doc__ can be assigned
lam = lambda: "x"
print(lam.__doc__)
documented.__doc__ = "replaced"
print(documented.__doc__)

# a docstring is still an ordinary expression statement: the body runs after it
def doc_then_code():
    """Doc."""
    return "code after docstring"

print(doc_then_code(), doc_then_code.__doc__)
