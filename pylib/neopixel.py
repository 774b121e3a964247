# neopixel: WS2812 ("NeoPixel") LED strips, with MicroPython's API.  Baked into an app's bundle
# by `espy build` when the app imports it (docs/machine.md, "Drivers in Python").
from machine import bitstream


class NeoPixel:
    # where a colour's r, g, b (and w) go among a pixel's bytes: the LEDs take G, R, B, W
    ORDER = (1, 0, 2, 3)

    def __init__(self, pin, n, bpp=3, timing=1):
        self.pin = pin
        self.n = n
        self.bpp = bpp
        self.buf = bytearray(n * bpp)
        pin.init(pin.OUT)
        # (high, low) ns of a 0 bit, then of a 1 bit: 800 kHz (1) or 400 kHz (0) strips
        if isinstance(timing, int):
            timing = (400, 850, 800, 450) if timing else (800, 1700, 1600, 900)
        self.timing = timing

    def __len__(self):
        return self.n

    def __setitem__(self, i, v):
        i *= self.bpp
        for k in range(self.bpp):
            self.buf[i + self.ORDER[k]] = v[k]

    def __getitem__(self, i):
        i *= self.bpp
        return tuple(self.buf[i + self.ORDER[k]] for k in range(self.bpp))

    def fill(self, v):
        for k in range(self.bpp):
            self.buf[self.ORDER[k]::self.bpp] = bytes((v[k],)) * self.n

    def write(self):
        bitstream(self.pin, 0, self.timing, self.buf)
