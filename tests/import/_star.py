# Helper for "from module import *": no __all__, so public names only.
public_name = "public"
_private_name = "private"
import math as _math_alias


def public_function():
    return "public function"
