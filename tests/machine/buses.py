# expected output written by hand (MicroPython-only API)
# SoftI2C and SoftSPI on the host simulation: no device answers (the lines are pulled up)
from machine import Pin, SoftI2C, SoftSPI

i2c = SoftI2C(scl=Pin(2), sda=Pin(0), freq=100000)
print(i2c)
print(i2c.scan())
for call in (lambda: i2c.readfrom(0x48, 2), lambda: i2c.writeto(0x48, b"\x01"),
             lambda: i2c.readfrom_mem(0x48, 0, 2), lambda: i2c.writeto_mem(0x50, 0x10, b"ab", addrsize=16)):
    try:
        call()
    except OSError as e:
        print("OSError:", e.errno)
# the primitives: a byte nobody acknowledges, a read of the idle (high) bus
i2c.start()
print(i2c.write(b"\x90\x00"))
buf = bytearray(3)
i2c.readinto(buf)
i2c.stop()
print(buf)
for bad in (lambda: SoftI2C(Pin(2), Pin(2)), lambda: SoftI2C(scl=Pin(2), sda=Pin(0), freq=0),
            lambda: i2c.readfrom(200, 1), lambda: i2c.readfrom_mem(0x48, 0, 1, addrsize=12)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    i2c.readinto(b"abc")
except TypeError as e:
    print("TypeError:", e)
try:
    SoftI2C(scl=Pin(2))
except TypeError as e:
    print("TypeError:", e)

Pin(5, Pin.IN, Pin.PULL_UP)
spi = SoftSPI(baudrate=100000, polarity=1, phase=0, sck=Pin(14), mosi=Pin(13), miso=Pin(5))
print(spi)
print(spi.read(2), spi.read(1, 0x55))
rb = bytearray(2)
spi.write_readinto(b"\x12\x34", rb)
print(rb)
spi.write(b"abc")
spi.readinto(rb)
print(rb)
print(SoftSPI.MSB, SoftSPI.LSB)
Pin(5, Pin.IN, None)
spi.init(firstbit=SoftSPI.LSB, phase=1)
print(spi, spi.read(1))
for bad in (lambda: SoftSPI(sck=Pin(14), mosi=Pin(13)), lambda: SoftSPI(bits=7, sck=Pin(14), mosi=Pin(13), miso=Pin(12)),
            lambda: SoftSPI(polarity=2, sck=Pin(14), mosi=Pin(13), miso=Pin(12)),
            lambda: spi.write_readinto(b"ab", bytearray(3))):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
# machine.I2C is the same software bus on the ESP8266 (MicroPython's I2C(scl=, sda=) form)
from machine import I2C
print(I2C is SoftI2C, I2C(scl=Pin(0), sda=Pin(2)))
