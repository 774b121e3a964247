# pylib/neopixel.py: pixel order in the buffer, fill, getitem, timings, write's call.  (Under
# CPython, fake/machine.py stands in for the board's module and neopixel comes from ../../pylib;
# espy has machine built in and finds its embedded copy of neopixel before those entries.)
import sys
sys.path += ['../../pylib', 'fake']
import machine
import neopixel

np = neopixel.NeoPixel(machine.Pin(2), 4)
print(len(np), np.n, np.bpp, np.timing, np.ORDER)
print(np.buf)
np[0] = (1, 2, 3)
np[3] = (255, 128, 7)
np[-2] = (10, 20, 30)
print(np.buf)
print(np[0], np[1], np[2], np[3], np[-1], np[-4])
np.fill((9, 8, 7))
print(np.buf, [np[i] for i in range(len(np))])
np[1] = [0, 100, 200]
np[2] = bytes((4, 5, 6))
print(np[1], np[2], list(np.buf))

for bad in (4, -5):
    try:
        np[bad] = (1, 2, 3)
    except IndexError as e:
        print('IndexError', e)
try:
    np[0] = (1, 2)
except IndexError as e:
    print('IndexError', e)
try:
    np[0] = (1, 2, 300)
except ValueError as e:
    print('ValueError', e)

# RGBW, 400 kHz
w = neopixel.NeoPixel(machine.Pin(0), 3, bpp=4, timing=0)
print(len(w), w.timing, len(w.buf))
w[0] = (1, 2, 3, 4)
w[2] = (50, 60, 70, 80)
print(w.buf, w[0], w[1], w[2])
w.fill((0xAA, 0xBB, 0xCC, 0xDD))
print(w.buf.hex())

# a timing of its own
c = neopixel.NeoPixel(machine.Pin(2), 1, timing=(350, 700, 700, 600))
print(c.timing)

# an RGB strip: a subclass with another order
class RGB(neopixel.NeoPixel):
    ORDER = (0, 1, 2)

s = RGB(machine.Pin(2), 2)
s[1] = (1, 2, 3)
s.fill((7, 8, 9))
s[0] = (4, 5, 6)
print(s.buf, s[0], s[1])

# write() hands the pin, encoding 0, the timing and the buffer itself to machine.bitstream
calls = []
def record(pin, encoding, timing, buf):
    calls.append((encoding, timing, buf is np.buf, bytes(buf)))
neopixel.bitstream = record
np.write()
w.write()
print(calls)

# an empty strip
e = neopixel.NeoPixel(machine.Pin(2), 0)
e.fill((1, 2, 3))
print(len(e), e.buf)
