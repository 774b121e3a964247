# A module whose __getattr__ raises AttributeError for every name it does not know.
known = 1


def __getattr__(name):
    if name == "lazy":
        return "made on demand"
    raise AttributeError("no " + name + " here")
