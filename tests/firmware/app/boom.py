def check(n):
    if n > 5:
        raise ValueError("n is too big: %d" % n)
    return n


def explode(n):
    return check(n) + 1
