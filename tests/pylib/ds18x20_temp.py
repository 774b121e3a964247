# pylib/ds18x20.py through a stand-in OneWire object: the commands it sends, the temperature
# formats of the DS18B20 (sixteenths) and DS18S20 (halves, refined by COUNT_REMAIN), the CRC
# check and the family filter of scan().  (Under CPython, fake/_onewire.py stands in for the
# board's module, which ds18x20's import of onewire loads: see neopixel_buffer.py.)
import sys
sys.path += ['../../pylib', 'fake']
import ds18x20

from _onewire import crc8   # the board's C one; fake/_onewire.py's under CPython

class FakeOneWire:
    SKIP_ROM = 0xCC

    def __init__(self, roms):
        self.roms = roms
        self.log = []
        self.scratch = b''
        self.present = True

    def reset(self, required=False):
        self.log.append('reset' + '!' * required)
        if required and not self.present:
            raise OSError('no device')
        return self.present

    def writebyte(self, v):
        self.log.append(hex(v))

    def write(self, buf):
        self.log.append(bytes(buf).hex())

    def select_rom(self, rom):
        self.log.append('select ' + bytes(rom).hex())

    def readinto(self, buf):
        buf[:] = self.scratch

    def crc8(self, data):
        return crc8(data)

    def scan(self):
        return self.roms

def scratch(lsb, msb, b6=0x0C, b7=0x10):
    s = bytes((lsb, msb, 0x4B, 0x46, 0x7F, 0xFF, b6, b7))
    return s + bytes((crc8(s),))

b20 = bytes.fromhex('2856341200000026')
s20 = bytes.fromhex('10010000000000cc')
roms = [b20, bytes.fromhex('01aabbccddeeff00'), s20, bytes.fromhex('22efcdab0000006b'), bytes.fromhex('3a00000000000001')]
ow = FakeOneWire(roms)
ds = ds18x20.DS18X20(ow)
print([r.hex() for r in ds.scan()])

ds.convert_temp()
print(ow.log)
ow.log = []

# DS18B20: a signed count of sixteenths (the datasheet's table)
for raw in (0x07D0, 0x0550, 0x0191, 0x00A2, 0x0008, 0x0000, 0xFFF8, 0xFF5E, 0xFE6F, 0xFC90, 0x0001, 0xFFFF):
    ow.scratch = scratch(raw & 0xFF, raw >> 8)
    print(hex(raw), ds.read_temp(b20))
print(ow.log[:4])
ow.log = []

# DS18S20: halves, with COUNT_REMAIN (byte 6) and COUNT_PER_C (byte 7)
for lsb, msb, remain in ((0xAA, 0x00, 0x0C), (0x32, 0x00, 0x10), (0x01, 0x00, 0x05), (0x00, 0x00, 0x0C), (0xFF, 0xFF, 0x0C), (0xCE, 0xFF, 0x02), (0x92, 0xFF, 0x0F)):
    ow.scratch = scratch(lsb, msb, remain)
    print(hex(msb << 8 | lsb), remain, ds.read_temp(s20))

# read_scratch returns the driver's own 9-byte buffer; a wrong CRC raises
ow.scratch = scratch(0x50, 0x05)
b = ds.read_scratch(b20)
print(b, b is ds.buf, len(b))
bad = bytearray(scratch(0x50, 0x05))
bad[8] ^= 0x40
ow.scratch = bad
try:
    ds.read_temp(b20)
except Exception as e:
    print(type(e).__name__, e)

ow.log = []
ds.write_scratch(b20, b'\x4b\x46\x7f')
print(ow.log)
# no device answers: reset(True) raises
ow.present = False
try:
    ds.convert_temp()
except OSError as e:
    print('OSError', e)
print(ds.ow is ow, type(ds18x20.onewire).__name__, hasattr(ds18x20.onewire, 'OneWire'))
