# An SSD1306 OLED on the emulated ESP-01 (tests/pylib/oled.sh): SoftI2C on GPIO2 (SCL) and GPIO0
# (SDA), MicroPython's ssd1306 driver (baked with framebuf by `espy build`), the drawing of
# picture.py; the emulator's display model shows what the panel would (--display).  Also the
# heap the two modules take and how long drawing takes on the board.
import gc, time
from machine import Pin, SoftI2C
gc.collect()
free = gc.mem_free()
import framebuf, ssd1306
gc.collect()
print('heap for framebuf and ssd1306:', free - gc.mem_free())
from picture import draw

i2c = SoftI2C(scl=Pin(2), sda=Pin(0))
print('scan', i2c.scan())
t = time.ticks_us()
d = ssd1306.SSD1306_I2C(128, 64, i2c)
print('init_display (with a show) us:', time.ticks_diff(time.ticks_us(), t))

# a full screen of text (16 x 8 characters), the time of the drawing alone
t = time.ticks_us()
d.fill(0)
for row in range(8):
    d.text('0123456789ABCDEF', 0, row * 8)
print('full screen of text us:', time.ticks_diff(time.ticks_us(), t))
t = time.ticks_us()
d.text('unaligned text!!', 0, 3)
print('a line at y=3 us:', time.ticks_diff(time.ticks_us(), t))
t = time.ticks_us()
d.fill_rect(3, 5, 100, 40, 1)
print('fill_rect 100x40 us:', time.ticks_diff(time.ticks_us(), t))
t = time.ticks_us()
d.scroll(0, -8)
print('scroll us:', time.ticks_diff(time.ticks_us(), t))

t = time.ticks_us()
draw(d)
print('picture us:', time.ticks_diff(time.ticks_us(), t))
d.contrast(0x40)
t = time.ticks_us()
d.show()
print('show us:', time.ticks_diff(time.ticks_us(), t))
print('done')
