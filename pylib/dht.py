# dht: DHT11 and DHT22 temperature and humidity sensors, with MicroPython's API.  Baked into an
# app's bundle by `espy build` when the app imports it (docs/machine.md, "Drivers in Python").
from esp import dht_readinto


class DHTBase:
    def __init__(self, pin):
        self.pin = pin
        self.buf = bytearray(5)

    # reads the sensor's 40 bits: humidity word, temperature word, checksum byte
    def measure(self):
        b = self.buf
        dht_readinto(self.pin, b)
        if (b[0] + b[1] + b[2] + b[3]) & 0xFF != b[4]:
            raise Exception("checksum error")


class DHT11(DHTBase):
    def humidity(self):
        return self.buf[0]

    def temperature(self):
        return self.buf[2]


class DHT22(DHTBase):
    # tenths of a percent
    def humidity(self):
        return (self.buf[0] << 8 | self.buf[1]) * 0.1

    # tenths of a degree, sign and magnitude (bit 15 is the sign)
    def temperature(self):
        b = self.buf
        t = ((b[2] & 0x7F) << 8 | b[3]) * 0.1
        return -t if b[2] & 0x80 else t
