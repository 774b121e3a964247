# An LM75 temperature sensor at 0x48 on SoftI2C (SCL GPIO2, SDA GPIO0), modelled by the emulator.
from machine import Pin, SoftI2C
i2c = SoftI2C(scl=Pin(2), sda=Pin(0), freq=100000)
print("scan:", [hex(a) for a in i2c.scan()])
raw = i2c.readfrom_mem(0x48, 0, 2)
t = raw[0] << 8 | raw[1]
if t & 0x8000:
    t -= 0x10000
print("temp:", raw, (t >> 7) / 2)
i2c.writeto_mem(0x48, 3, b"\x50\x80")
print("tos:", i2c.readfrom_mem(0x48, 3, 2))
buf = bytearray(2)
i2c.writeto(0x48, b"\x00", False)
i2c.readfrom_into(0x48, buf)
print("again:", buf)
try:
    i2c.readfrom(0x50, 1)
except OSError as e:
    print("no device at 0x50:", e.errno)
