# pylib/onewire.py: SEARCH ROM over a simulated bus of devices, select_rom, read/write, reset.
# The bus stands in for the _onewire primitives inside the module; it answers as wired-AND
# open-drain lines do: a read slot is 0 if any device still taking part pulls it low.
import sys
sys.path += ['../../pylib', 'fake']
import machine
import onewire

from _onewire import crc8   # the board's C one; fake/_onewire.py's under CPython

def rom(family, serial):
    r = bytes([family]) + serial.to_bytes(6, 'little')
    return r + bytes([crc8(r)])

class Bus:
    def __init__(self, roms, stuck=False):
        self.roms = roms
        self.stuck = stuck        # the line held low: every slot reads 0
        self.log = []
        self.resets = 0

    def reset(self, pin):
        self.resets += 1
        self.state = None
        self.active = list(self.roms)
        self.bit = 0
        self.comp = False
        return bool(self.roms) or self.stuck

    def writebyte(self, pin, v):
        self.log.append(v)
        if v == 0xF0 and self.state is None:
            self.state = 'search'

    def _bit(self, r):
        return r[self.bit >> 3] >> (self.bit & 7) & 1

    def readbit(self, pin):
        if self.stuck:
            return 0
        if self.state != 'search':
            return 1
        if not self.comp:
            self.comp = True
            return min([self._bit(r) for r in self.active] or [1])
        self.comp = False
        return min([1 - self._bit(r) for r in self.active] or [1])

    def writebit(self, pin, v):
        if self.state == 'search':
            self.active = [r for r in self.active if self._bit(r) == v]
            self.bit += 1
        else:
            self.log.append(('bit', v))

    def readbyte(self, pin):
        return 0x5A

    def crc8(self, data):
        return crc8(data)

ow = onewire.OneWire(machine.Pin(0))
print(onewire.OneWire.SEARCH_ROM, ow.MATCH_ROM, ow.SKIP_ROM)

def scan(roms, **kw):
    bus = Bus(roms, **kw)
    onewire._ow = bus
    found = ow.scan()
    print(len(found), bus.resets, [bytes(r).hex() for r in found], all(type(r) is bytearray for r in found))
    return found

# one device, then several that share long prefixes, in the search order (lowest bits first)
scan([rom(0x28, 0x0000123456)])
roms = [rom(0x28, s) for s in (0x1, 0x3, 0x2, 0x100000000000 - 1, 0x800000000000)] + [rom(0x10, 0x1), rom(0x22, 0xABCDEF)]
found = scan(roms)
print(sorted(bytes(r) for r in found) == sorted(roms))
# a device whose ROM has a bad CRC is left out
bad = bytearray(rom(0x28, 0x77))
bad[7] ^= 1
scan([rom(0x28, 0x76), bytes(bad), rom(0x28, 0x78)])
# no device: no presence pulse, nothing found
scan([])
# a line stuck low: every bit looks like a fork; nothing passes the checks and the search ends
found = scan([], stuck=True)

# a device vanishing during the search: both slots read 1
class Vanish(Bus):
    def readbit(self, pin):
        if self.bit == 20:
            return 1
        return Bus.readbit(self, pin)
bus = Vanish([rom(0x28, 5)])
onewire._ow = bus
print(ow.scan())

# reset(required), select_rom, write, readinto, crc8
bus = Bus([rom(0x28, 9)])
onewire._ow = bus
print(ow.reset(), ow.reset(True))
onewire._ow = Bus([])
print(ow.reset())
try:
    ow.reset(True)
except onewire.OneWireError as e:
    print('OneWireError', repr(e), isinstance(e, Exception))
onewire._ow = bus
bus.log = []
ow.select_rom(rom(0x28, 9))
ow.write(b'\x01\x02')
ow.writebyte(0x44)
ow.writebit(1)
buf = bytearray(3)
ow.readinto(buf)
print(bus.log, buf, ow.readbyte(), ow.readbit())
print(ow.crc8(rom(0x28, 9)), ow.crc8(b'\x02\x1c\xb8\x01\x00\x00\x00'))
