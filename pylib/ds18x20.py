# ds18x20: DS18B20, DS18S20 and DS1822 thermometers on a onewire.OneWire bus, with MicroPython's
# API.  Baked into an app's bundle by `espy build` when the app imports it (docs/machine.md,
# "Drivers in Python"); it imports onewire, so the bus driver comes with it.
import onewire


class DS18X20:
    def __init__(self, ow):
        self.ow = ow
        self.buf = bytearray(9)

    # the thermometers among the bus's devices, by family code
    def scan(self):
        return [rom for rom in self.ow.scan() if rom[0] in (0x10, 0x22, 0x28)]

    # starts a conversion on every device (SKIP ROM, CONVERT T); it takes up to 750 ms
    def convert_temp(self):
        self.ow.reset(True)
        self.ow.writebyte(0xCC)
        self.ow.writebyte(0x44)

    def read_scratch(self, rom):
        self.ow.reset(True)
        self.ow.select_rom(rom)
        self.ow.writebyte(0xBE)
        self.ow.readinto(self.buf)
        if self.ow.crc8(self.buf):
            raise Exception("CRC error")
        return self.buf

    def write_scratch(self, rom, buf):
        self.ow.reset(True)
        self.ow.select_rom(rom)
        self.ow.writebyte(0x4E)
        self.ow.write(buf)

    # degrees Celsius: sixteenths on a DS18B20/DS1822; halves on a DS18S20 (family 0x10),
    # refined with COUNT_REMAIN and COUNT_PER_C (bytes 6 and 7) as its datasheet says
    def read_temp(self, rom):
        b = self.read_scratch(rom)
        t = b[1] << 8 | b[0]
        if t & 0x8000:
            t -= 0x10000
        if rom[0] == 0x10:
            return (t >> 1) - 0.25 + (b[7] - b[6]) / b[7]
        return t / 16
