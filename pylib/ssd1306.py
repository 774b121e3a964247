# ssd1306: SSD1306 OLED displays (128x64, 128x32, 64x48 ...) on I2C or SPI, with MicroPython's
# API: a framebuf.FrameBuffer (MONO_VLSB, a byte is 8 rows of a column, as the chip's display RAM)
# plus the display's commands.  Baked into an app's bundle by `espy build` when the app imports
# it, with framebuf (docs/machine.md, "Drivers in Python").  Commands per the SSD1306 datasheet.
import framebuf


class SSD1306(framebuf.FrameBuffer):
    def __init__(self, width, height, external_vcc):
        self.width = width
        self.height = height
        self.external_vcc = external_vcc
        self.pages = height // 8
        self.buffer = bytearray(self.pages * width)
        super().__init__(self.buffer, width, height, 0)
        self.init_display()

    def init_display(self):
        for cmd in (
            0xAE,                       # display off
            0x20, 0x00,                 # horizontal addressing
            0x40,                       # start line 0
            0xA1,                       # column 127 is SEG0
            0xA8, self.height - 1,      # multiplex ratio
            0xC8,                       # COM scan from COM[N-1] to COM0
            0xD3, 0x00,                 # no display offset
            0xDA, 0x02 if self.width > 2 * self.height else 0x12,   # COM pins
            0xD5, 0x80,                 # clock divide ratio and oscillator
            0xD9, 0x22 if self.external_vcc else 0xF1,              # pre-charge period
            0xDB, 0x30,                 # VCOMH deselect level
            0x81, 0xFF,                 # contrast
            0xA4,                       # the display follows the RAM
            0xA6,                       # not inverted
            0x8D, 0x10 if self.external_vcc else 0x14,              # charge pump
            0xAF,                       # display on
        ):
            self.write_cmd(cmd)
        self.fill(0)
        self.show()

    def poweroff(self):
        self.write_cmd(0xAE)

    def poweron(self):
        self.write_cmd(0xAF)

    def contrast(self, contrast):
        self.write_cmd(0x81)
        self.write_cmd(contrast)

    def invert(self, invert):
        self.write_cmd(0xA6 | (invert & 1))

    def rotate(self, rotate):
        self.write_cmd(0xC0 | ((rotate & 1) << 3))
        self.write_cmd(0xA0 | (rotate & 1))

    def show(self):
        x0 = 0
        x1 = self.width - 1
        if self.width != 128:
            # narrower panels sit in the middle of the chip's 128 columns
            x0 = (128 - self.width) // 2
            x1 += x0
        for cmd in (0x21, x0, x1, 0x22, 0, self.pages - 1):
            self.write_cmd(cmd)
        self.write_data(self.buffer)


class SSD1306_I2C(SSD1306):
    def __init__(self, width, height, i2c, addr=0x3C, external_vcc=False):
        self.i2c = i2c
        self.addr = addr
        self.temp = bytearray(2)
        # a control byte 0x40 (Co=0, D/C#=1): all that follows is display data
        self.write_list = [b'\x40', None]
        super().__init__(width, height, external_vcc)

    def write_cmd(self, cmd):
        # control byte 0x80 (Co=1, D/C#=0): one command byte
        self.temp[0] = 0x80
        self.temp[1] = cmd
        self.i2c.writeto(self.addr, self.temp)

    def write_data(self, buf):
        self.write_list[1] = buf
        self.i2c.writevto(self.addr, self.write_list)


class SSD1306_SPI(SSD1306):
    def __init__(self, width, height, spi, dc, res, cs, external_vcc=False):
        self.rate = 10 * 1024 * 1024
        dc.init(dc.OUT, value=0)
        res.init(res.OUT, value=0)
        cs.init(cs.OUT, value=1)
        self.spi = spi
        self.dc = dc
        self.res = res
        self.cs = cs
        import time
        res(1)
        time.sleep_ms(1)
        res(0)
        time.sleep_ms(10)
        res(1)
        super().__init__(width, height, external_vcc)

    def _write(self, dc, buf):
        self.spi.init(baudrate=self.rate, polarity=0, phase=0)
        self.cs(1)
        self.dc(dc)
        self.cs(0)
        self.spi.write(buf)
        self.cs(1)

    def write_cmd(self, cmd):
        self._write(0, bytearray((cmd,)))

    def write_data(self, buf):
        self._write(1, buf)
