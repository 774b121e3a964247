# Lines repeated 3, 4 and 5 times in a row around other frames: the cut-off is exact.
def rec(n, then):
    if n:
        return rec(n - 1, then)
    return then()


def four():
    return rec(3, boom)


def boom():
    return rec(4, lambda: {}['missing'])


def ping(n):
    return pong(n)


def pong(n):
    if n == 0:
        return four()
    return ping(n - 1)


ping(2)
