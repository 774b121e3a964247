# A frozen module: its code runs in place from flash, only its objects use RAM.

VALID_PINS = (0, 1, 2, 3)   # the four GPIOs an ESP-01 brings out


class Blinker:
    def __init__(self, pin, period_ms=1000):
        if pin not in VALID_PINS:
            raise ValueError("GPIO%d is not on the ESP-01" % pin)
        self.pin = pin
        self.period_ms = period_ms

    def pattern(self, n):
        """on, off, on, ... n states"""
        for i in range(n):
            yield i % 2 == 0
