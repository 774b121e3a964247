# The drawing of the OLED test (tests/pylib/oled.sh), shared by the app on the emulated board
# (main.py draws it on an ssd1306.SSD1306_I2C) and the expected picture: `python3 picture.py >
# expected.txt` draws it into a plain framebuf.FrameBuffer under CPython and prints it as the
# emulator's --display file shows a 128x64 panel ('#' lit).
def draw(fb):
    fb.fill(0)
    fb.rect(0, 0, 128, 64, 1)
    fb.text('espy OLED', 4, 3)
    fb.hline(4, 12, 72, 1)
    fb.text('Hello, ESP-01!', 6, 17)
    fb.fill_rect(90, 4, 30, 9, 1)
    fb.text('ok', 97, 5, 0)
    fb.line(4, 60, 40, 30, 1)
    fb.ellipse(64, 44, 14, 9, 1)
    fb.rect(90, 30, 30, 26, 1, True)
    fb.fill_rect(95, 35, 20, 16, 0)
    fb.text('x=7', 44, 52)


if __name__ == '__main__':
    import sys
    sys.path += ['../../../pylib']
    import framebuf
    fb = framebuf.FrameBuffer(bytearray(1024), 128, 64, framebuf.MONO_VLSB)
    draw(fb)
    for y in range(64):
        print(''.join('#' if fb.pixel(x, y) else '.' for x in range(128)))
