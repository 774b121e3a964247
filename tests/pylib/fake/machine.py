# A stand-in for the board's machine module, so that CPython can run the tests of pylib/ and
# write their .exp files.  espy never reads this file: its built-in machine module comes first.
class Pin:
    IN, OUT, OPEN_DRAIN = 0, 1, 2
    PULL_UP = 1

    def __init__(self, id, mode=-1, pull=-1):
        self.id = id

    def init(self, mode=-1, pull=-1):
        pass


def bitstream(pin, encoding, timing, buf):
    pass
