# expected output written by hand (MicroPython-only API)
# machine.bitstream, esp.neopixel_write, esp.dht_readinto and _onewire on the host simulation,
# which is a board with nothing wired to its pins (the emulator tests the timing:
# tests/machine/emu/bitstream, dht, onewire)
import machine, esp, errno, _onewire
from machine import Pin

led = Pin(2, Pin.OUT, value=1)
print(machine.bitstream(led, 0, (400, 850, 800, 450), b"\x5a\xc3"), led.value())
led.on()
machine.bitstream(led, 0, [1, 2, 3, 4], b"")
print("empty buffer leaves the pin:", led.value())
print(esp.neopixel_write(led, bytearray(b"\x10\x20\x30"), True), esp.neopixel_write(led, memoryview(b"\x01"), 0))
for args in ((1, (400, 850, 800, 450), b"x"), (0, (400, 850, 800), b"x"), (0, (400, 850, 800, 450, 1), b"x"),
             (0, (0, 850, 800, 450), b"x"), (0, (400, 850, 800, 100001), b"x"), (0, (400, -1, 800, 450), b"x")):
    try:
        machine.bitstream(led, *args)
    except ValueError as e:
        print("ValueError:", e)
for args in ((0, 400, b"x"), (0, (400, 850, 800, 450), "text")):
    try:
        machine.bitstream(led, *args)
    except TypeError as e:
        print("TypeError")
try:
    machine.bitstream(Pin(2), 0, (1, 1, 1, 1), 5)
except TypeError:
    print("TypeError")
try:
    esp.neopixel_write(7, b"\x00", True)
except ValueError as e:
    print("ValueError:", e)

buf = bytearray(6)
try:
    esp.dht_readinto(Pin(4), buf)
except OSError as e:
    print("no sensor:", e.errno == errno.ETIMEDOUT, buf)
try:
    esp.dht_readinto(Pin(4), bytearray(4))
except ValueError as e:
    print("ValueError:", e)
try:
    esp.dht_readinto(Pin(4), bytes(5))
except TypeError:
    print("TypeError")
try:
    esp.dht_readinto(Pin(4), memoryview(b"12345"))   # read-only through the view too
except TypeError:
    print("TypeError")

bus = Pin(0, Pin.OPEN_DRAIN, Pin.PULL_UP)
print(_onewire.reset(bus), _onewire.readbit(bus), _onewire.readbyte(bus), _onewire.readbyte(5))
print(_onewire.writebit(bus, 1), _onewire.writebit(bus, 0), _onewire.writebyte(bus, 0xCC), _onewire.writebyte(bus, 0x1FF))
try:
    _onewire.reset(9)
except ValueError as e:
    print("ValueError:", e)
try:
    _onewire.writebyte(bus, "x")
except TypeError:
    print("TypeError")
try:
    _onewire.readbit()
except TypeError:
    print("TypeError")
