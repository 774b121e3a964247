from .sub import where

KIND = "package"


def describe():
    return "pkg is a " + KIND + ", sub says " + where()
