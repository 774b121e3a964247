# pylib/dht.py: DHT11/DHT22 readings from the sensor's 5 bytes, and the checksum check.  The
# bytes come from a stand-in for esp.dht_readinto put into the module.  (Under CPython,
# fake/esp.py stands in for the board's module: see neopixel_buffer.py.)
import sys
sys.path += ['../../pylib', 'fake']
import machine
import dht

frames = []
def fake_readinto(pin, buf):
    buf[:] = frames.pop(0)
dht.dht_readinto = fake_readinto

def frame(a, b, c, d):
    return bytes((a, b, c, d, (a + b + c + d) & 0xFF))

d22 = dht.DHT22(machine.Pin(2))
for h, t in ((652, 235), (1000, 0), (3, 0x8000 | 101), (0, 0x8000 | 400), (999, 1250), (455, 0x8000)):
    frames.append(frame(h >> 8, h & 0xFF, t >> 8, t & 0xFF))
    d22.measure()
    print(d22.humidity(), d22.temperature(), d22.buf)

d11 = dht.DHT11(machine.Pin(0))
frames.append(frame(45, 0, 23, 0))
frames.append(frame(90, 0, 0, 0))
for _ in range(2):
    d11.measure()
    print(d11.humidity(), d11.temperature())

# a wrong checksum: MicroPython's Exception("checksum error"); the buffer keeps the bytes read
frames.append(bytes((2, 140, 0, 235, 0)))
try:
    d22.measure()
except Exception as e:
    print(type(e).__name__, e, d22.buf)
# the sum is taken modulo 256
frames.append(bytes((200, 100, 50, 6, 100)))
d11.measure()
print(d11.humidity(), d11.temperature())

# OSError from the primitive goes through
def no_sensor(pin, buf):
    raise OSError(110)
dht.dht_readinto = no_sensor
try:
    d11.measure()
except OSError as e:
    print('OSError', e.args)
print(isinstance(d22, dht.DHTBase), issubclass(dht.DHT11, dht.DHTBase))
