# A stand-in for the board's esp module (see machine.py); espy never reads this file.
def dht_readinto(pin, buf):
    raise OSError(110)
