# 1-Wire through _onewire against the emulator's DS18B20 models (pins file): presence, READ ROM,
# CONVERT T and READ SCRATCHPAD on GPIO0; on GPIO2 a SEARCH ROM in Python finds two devices, then
# MATCH ROM, WRITE SCRATCHPAD (9-bit resolution).  GPIO3 has no device.
import _onewire as ow
from machine import Pin

def hexs(b):
    return ''.join('%02x' % x for x in b)

def command(pin, rom, cmd):
    if not ow.reset(pin):
        raise OSError('no presence')
    if rom is None:
        ow.writebyte(pin, 0xCC)          # SKIP ROM
    else:
        ow.writebyte(pin, 0x55)          # MATCH ROM
        for x in rom:
            ow.writebyte(pin, x)
    ow.writebyte(pin, cmd)

def scratchpad(pin, rom):
    command(pin, rom, 0xBE)
    sp = bytes(ow.readbyte(pin) for i in range(9))
    t = sp[0] | sp[1] << 8
    if t & 0x8000:
        t -= 0x10000
    return sp, t / 16

def convert(pin, rom):
    command(pin, rom, 0x44)
    n = 0
    while not ow.readbit(pin):
        n += 1
    return n

def search(pin):
    found, prev, last = [], None, -1
    while ow.reset(pin):
        ow.writebyte(pin, 0xF0)
        bits, disc = [], -1
        for i in range(64):
            b = ow.readbit(pin)
            c = ow.readbit(pin)
            if b and c:
                return found
            if b != c:
                d = b
            else:
                d = prev[i] if i < last else 1 if i == last else 0
                if d == 0:
                    disc = i
            ow.writebit(pin, d)
            bits.append(d)
        found.append(bytes(sum(bits[8 * k + j] << j for j in range(8)) for k in range(8)))
        prev, last = bits, disc
        if last < 0:
            break
    return found

empty = Pin(3, Pin.OPEN_DRAIN, Pin.PULL_UP)
print('empty bus presence:', ow.reset(empty), ow.readbyte(empty))
a = Pin(0, Pin.OPEN_DRAIN, Pin.PULL_UP)
print('presence:', ow.reset(a))
ow.writebyte(a, 0x33)                    # READ ROM
rom = bytes(ow.readbyte(a) for i in range(8))
print('rom:', hexs(rom), 'crc ok:', ow.crc8(rom) == 0)
sp, t = scratchpad(a, None)
print('before convert:', hexs(sp), t)
print('convert busy slots:', convert(a, None))
sp, t = scratchpad(a, None)
print('scratchpad:', hexs(sp), 'crc ok:', ow.crc8(sp[:8]) == sp[8], 'temp:', t)

b = Pin(2, Pin.OPEN_DRAIN, Pin.PULL_UP)
roms = search(b)
print('search:', sorted(hexs(r) for r in roms))
for r in sorted(roms):
    convert(b, r)
    sp, t = scratchpad(b, r)
    print(hexs(r), 'temp:', t, 'crc ok:', ow.crc8(sp) == 0)
# 9-bit resolution through WRITE SCRATCHPAD: the low three bits of the reading are 0
r = sorted(roms)[1]
command(b, r, 0x4E)
for x in (0x50, 0x05, 0x1F):
    ow.writebyte(b, x)
convert(b, r)
sp, t = scratchpad(b, r)
print('9-bit:', hexs(r), 'temp:', t, 'th tl cfg:', hexs(sp[2:5]))
