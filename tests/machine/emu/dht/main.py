# esp.dht_readinto against the emulator's DHT22 and DHT11 models (pins file); GPIO3 has nothing.
import esp
from machine import Pin

def hexs(b):
    return "".join("%02x" % x for x in b)

buf = bytearray(5)
for pin in (2, 4):
    esp.dht_readinto(Pin(pin), buf)
    hum = (buf[0] << 8 | buf[1]) / 10
    temp = ((buf[2] & 0x7F) << 8 | buf[3]) / 10
    if buf[2] & 0x80:
        temp = -temp
    print("dht22 GPIO%d:" % pin, hexs(buf), hum, temp, "checksum ok:", sum(buf[:4]) & 0xFF == buf[4])
esp.dht_readinto(Pin(0), buf)
print("dht11 GPIO0:", hexs(buf), buf[0], buf[2], "checksum ok:", sum(buf[:4]) & 0xFF == buf[4])
try:
    esp.dht_readinto(Pin(3), buf)
except OSError as e:
    print("GPIO3:", e.errno)
