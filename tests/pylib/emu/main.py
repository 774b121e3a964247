# The board library on the emulated ESP-01 (tests/pylib/emu.sh): a MicroPython program for a
# WS2812 strip on GPIO2, a DHT22 on GPIO3, a DHT11 on GPIO5 and two DS18B20s on GPIO0, unchanged;
# `espy build` bakes neopixel, dht, onewire and ds18x20 into its bundle because it imports them.
import gc, time
from machine import Pin
gc.collect()
free = gc.mem_free()
import neopixel
import dht
import onewire, ds18x20
gc.collect()
print('heap for the four drivers:', free - gc.mem_free())

def hexs(b):
    return ''.join('%02x' % x for x in b)

np = neopixel.NeoPixel(Pin(2), 3)
np[0] = (255, 0, 0)
np[1] = (0, 128, 0)
np[2] = (1, 2, 3)
np.write()
print('neopixel', hexs(np.buf), np[1])

d = dht.DHT22(Pin(3))
d.measure()
print('dht22', d.temperature(), d.humidity())
d = dht.DHT11(Pin(5))
d.measure()
print('dht11', d.temperature(), d.humidity())
try:
    dht.DHT22(Pin(4)).measure()
except OSError as e:
    print('no dht on GPIO4:', e.errno)

ds = ds18x20.DS18X20(onewire.OneWire(Pin(0)))
roms = ds.scan()
print('roms', [hexs(r) for r in roms])
ds.convert_temp()
time.sleep_ms(750)
for rom in roms:
    print(hexs(rom), ds.read_temp(rom))
# 9-bit resolution (TH, TL, config 0x1F): the reading loses its last three bits
ds.write_scratch(roms[0], b'\x50\x05\x1f')
ds.convert_temp()
time.sleep_ms(750)
print('9-bit', ds.read_temp(roms[0]), hexs(ds.read_scratch(roms[0])[2:5]))
empty = onewire.OneWire(Pin(4))
print('empty bus', empty.scan(), empty.reset())
try:
    ds18x20.DS18X20(empty).convert_temp()
except onewire.OneWireError:
    print('OneWireError')
print('done')
