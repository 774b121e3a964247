# Helper with __all__: only the listed names are exported by "import *".
__all__ = ["exported", "_also_exported"]
exported = "exported"
_also_exported = "underscore but listed"
not_listed = "not listed"
