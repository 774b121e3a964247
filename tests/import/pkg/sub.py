print("pkg/sub running, __name__ =", __name__)
SUB_VALUE = 42


def double(x):
    return 2 * x


class Thing:
    def __repr__(self):
        return "Thing from " + __name__
