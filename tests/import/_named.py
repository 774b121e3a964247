print("_named: __name__ =", __name__)
if __name__ == "__main__":
    print("never printed when imported")
else:
    print("_named: imported, not run as a program")


def my_name():
    return __name__
