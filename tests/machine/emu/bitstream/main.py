# Bitstreams on GPIO2 (run.sh decodes the register trace back to the bytes and checks every high
# and low time against the nanoseconds asked for): WS2812 at 800 kHz through machine.bitstream,
# at 400 kHz through esp.neopixel_write, and slow timings of our own.
import machine, esp
from machine import Pin
p = Pin(2, Pin.OUT, value=0)
machine.bitstream(p, 0, (400, 850, 800, 450), b"\x5a\xc3\x0f")
esp.neopixel_write(p, bytearray(b"\xa5\x3c"), False)
machine.bitstream(p, 0, (2000, 3000, 5000, 1000), b"\x96")
print("bitstream done", p.value())
