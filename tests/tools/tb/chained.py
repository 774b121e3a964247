# Chained exceptions with a recursive part in each traceback.
def depth(n):
    if n == 0:
        raise ValueError("bottom")
    return depth(n - 1)


def handler():
    try:
        depth(5)
    except ValueError as e:
        raise KeyError("handled") from e


try:
    handler()
except KeyError:
    depth(6)
