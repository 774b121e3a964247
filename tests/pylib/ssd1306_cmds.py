# espy: heapsize=256k
# pylib/ssd1306.py against recording stand-ins for the buses: the command sequence of
# init_display (per panel size and power option), show()'s window and data, the other commands,
# the I2C control bytes (0x80 before each command, 0x40 before the data) and the SPI wiring (CS,
# D/C, reset).  (Under CPython framebuf and ssd1306 come from ../../pylib; espy has them embedded.)
import sys
sys.path += ['../../pylib']
import time
if not hasattr(time, 'sleep_ms'):
    time.sleep_ms = lambda ms: None
import ssd1306
import framebuf


class I2C:
    def __init__(self):
        self.log = []

    def writeto(self, addr, buf):
        self.log.append((addr, bytes(buf)))

    def writevto(self, addr, vector):
        self.log.append((addr, b''.join(bytes(b) for b in vector)))


def commands(log):
    out = []
    for addr, b in log:
        if b[0] == 0x80 and len(b) == 2:
            out.append('%02x' % b[1])
        else:
            out.append('data@%x:%02x+%d' % (addr, b[0], len(b) - 1))
    return ' '.join(out)


for w, h, ext in ((128, 64, False), (128, 32, False), (64, 48, True), (96, 16, False)):
    i2c = I2C()
    d = ssd1306.SSD1306_I2C(w, h, i2c, 0x3D if ext else 0x3C, ext)
    print(w, h, ext, d.pages, len(d.buffer), isinstance(d, framebuf.FrameBuffer), set(a for a, b in i2c.log))
    print(' ', commands(i2c.log))

i2c = I2C()
d = ssd1306.SSD1306_I2C(128, 32, i2c)
i2c.log = []
d.fill(0)
d.text('Hi', 0, 0)
d.rect(0, 12, 128, 20, 1)
d.pixel(127, 31, 0)
d.show()
print(commands(i2c.log))
data = i2c.log[-1][1]
print(data[:1].hex(), data[1:17].hex(), data[128 * 2 + 1:128 * 2 + 3].hex(), data[-2:].hex())
print(data[1:] == d.buffer)
i2c.log = []
d.contrast(0x7F)
d.invert(1)
d.invert(0)
d.invert(True)
d.rotate(0)
d.rotate(1)
d.poweroff()
d.poweron()
print(commands(i2c.log))


class Pin:
    OUT = 1

    def __init__(self, name, log):
        self.name = name
        self.log = log

    def init(self, mode, value=None):
        self.log.append('%s.init(%d, %s)' % (self.name, mode, value))

    def __call__(self, v):
        self.log.append('%s=%d' % (self.name, v))


class SPI:
    def __init__(self, log):
        self.log = log

    def init(self, baudrate, polarity, phase):
        self.log.append('spi %d %d %d' % (baudrate, polarity, phase))

    def write(self, buf):
        self.log.append('write ' + (bytes(buf).hex() if len(buf) < 4 else '%d bytes' % len(buf)))


log = []
d = ssd1306.SSD1306_SPI(64, 32, SPI(log), Pin('dc', log), Pin('res', log), Pin('cs', log))
print(' '.join(log[:9]))
print(' | '.join(log[9:15]))
print(len(log), log.count('spi 10485760 0 0'), ' '.join(x[6:] for x in log if x.startswith('write'))[:200])
print(log[-6:])
