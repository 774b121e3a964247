# onewire: a Dallas/Maxim 1-Wire bus on one pin, with MicroPython's API.  Baked into an app's
# bundle by `espy build` when the app imports it (docs/machine.md, "Drivers in Python").
import _onewire as _ow


class OneWireError(Exception):
    pass


class OneWire:
    SEARCH_ROM = 0xF0
    MATCH_ROM = 0x55
    SKIP_ROM = 0xCC

    def __init__(self, pin):
        self.pin = pin
        pin.init(pin.OPEN_DRAIN, pin.PULL_UP)

    # True when a device answered the reset pulse
    def reset(self, required=False):
        r = _ow.reset(self.pin)
        if required and not r:
            raise OneWireError
        return r

    def readbit(self):
        return _ow.readbit(self.pin)

    def readbyte(self):
        return _ow.readbyte(self.pin)

    def readinto(self, buf):
        for i in range(len(buf)):
            buf[i] = _ow.readbyte(self.pin)

    def writebit(self, value):
        return _ow.writebit(self.pin, value)

    def writebyte(self, value):
        return _ow.writebyte(self.pin, value)

    def write(self, buf):
        for b in buf:
            _ow.writebyte(self.pin, b)

    def select_rom(self, rom):
        self.reset()
        self.writebyte(0x55)
        self.write(rom)

    # The ROM codes of the devices on the bus, by SEARCH ROM (Maxim's application note 187):
    # each pass reads the 64 ROM bits (least significant first) as a bit and its complement
    # from every device still taking part, and writes the branch to follow.  Where devices
    # differ (both reads 0) a pass follows the previous ROM's bit up to the deepest fork where
    # that took 0, takes 1 there and 0 at forks beyond; it remembers the deepest fork where
    # it took 0, which is where the next pass turns.  A ROM whose CRC is wrong is left out.
    def scan(self):
        found = []
        rom = bytearray(8)
        turn = 0
        for _ in range(255):
            if not self.reset():
                break
            self.writebyte(0xF0)
            fork = 0
            for i in range(64):
                m = 1 << (i & 7)
                b = _ow.readbit(self.pin)
                if _ow.readbit(self.pin):
                    if b:
                        return found   # nobody answered
                elif not b:
                    b = 1 if i == turn - 1 else rom[i >> 3] >> (i & 7) & 1 if i < turn - 1 else 0
                    if not b:
                        fork = i + 1
                _ow.writebit(self.pin, b)
                if b:
                    rom[i >> 3] |= m
                else:
                    rom[i >> 3] &= ~m
            if rom[0] and not _ow.crc8(rom):
                found.append(bytearray(rom))
            turn = fork
            if not turn:
                break
        return found

    def crc8(self, data):
        return _ow.crc8(data)
