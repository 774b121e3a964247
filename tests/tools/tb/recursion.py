# An uncaught RecursionError: the repeated frame is shown 3 times, then counted.
def down(n):
    return down(n + 1)


down(0)
