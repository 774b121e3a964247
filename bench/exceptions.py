# Exceptions raised and caught in loops: builtin and user exception classes,
# try/except/else/finally, exceptions crossing function calls, re-raising.

import sys

SMALL = sys.argv[1:] == ["small"]   # make bench-lx106: sizes for the board's heap under QEMU

class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class Retry(AppError):
    pass


def parse(s):
    return int(s)


def checked(v):
    if v % 5 == 0:
        raise Retry(v)
    if v % 7 == 0:
        raise AppError(v)
    return v


def deep(n, v):
    if n == 0:
        return checked(v)
    return deep(n - 1, v)


texts = [str(i) if i % 3 else "x" + str(i) for i in range(100)]
checksum = 0
finally_runs = 0
for rnd in range(40 if SMALL else 7500):
    for t in texts:
        try:
            checksum += parse(t)
        except ValueError:
            checksum -= 1
    for v in range(40):
        try:
            r = deep(3, v + rnd)
        except Retry as e:
            checksum += e.code % 3
        except AppError as e:
            checksum += 2
        else:
            checksum += r & 1
        finally:
            finally_runs += 1
    try:
        try:
            {}[rnd]
        except KeyError:
            raise IndexError(rnd)
    except LookupError as e:
        checksum += 1 if e.__context__ is not None else 0

print("exceptions checksum", checksum, finally_runs)
