# espy: heapsize=256k
# pylib/framebuf.py: every format's pixel layout, the drawing methods, clipping at the edges,
# scroll, blit with a key and a palette, constructor errors; and MONO_VLSB's fast paths (slices,
# page rows as big ints) against the pixel-by-pixel path of the other formats on the same drawing.
# (Under CPython framebuf comes from ../../pylib; espy finds its embedded copy first.)
import sys
sys.path += ['../../pylib']
import framebuf
from framebuf import FrameBuffer

print(framebuf.MONO_VLSB, framebuf.MVLSB, framebuf.RGB565, framebuf.GS4_HMSB, framebuf.MONO_HLSB,
      framebuf.MONO_HMSB, framebuf.GS2_HMSB, framebuf.GS8)

FORMATS = (('MONO_VLSB', 0, 1), ('MONO_HLSB', 3, 1), ('MONO_HMSB', 4, 1), ('RGB565', 1, 16),
           ('GS4_HMSB', 2, 4), ('GS2_HMSB', 5, 2), ('GS8', 6, 8))
DIGITS = '.123456789abcdef'


def art(fb, w, h):
    for y in range(h):
        print(''.join(DIGITS[fb.pixel(x, y) % 16] for x in range(w)))


def draw(fb, c):
    fb.fill(0)
    fb.rect(0, 0, 14, 10, c)
    fb.fill_rect(2, 2, 3, 4, c)
    fb.hline(6, 2, 6, c)
    fb.vline(12, 3, 5, c)
    fb.line(6, 8, 11, 4, c)
    fb.pixel(7, 6, c)
    fb.rect(9, 5, 3, 2, c, True)
    fb.pixel(1, 1, 0)


# ---- each format: the same drawing, its bytes and its pixels ----------------------------------
for name, f, bpp in FORMATS:
    buf = bytearray(16 * 10 * bpp // 8 + 16)
    fb = FrameBuffer(buf, 14, 10, f, 16)
    c = (1 << bpp) - 1 if bpp < 16 else 0xF81F
    draw(fb, c)
    print(name, fb.pixel(0, 0), fb.pixel(1, 1), fb.pixel(13, 9), fb.pixel(14, 0), fb.pixel(-1, 0))
    print(bytes(buf).hex())
    art(fb, 14, 10)

# colours are masked to the format's bits
for name, f, bpp in FORMATS:
    buf = bytearray(8)
    fb = FrameBuffer(buf, 2, 2, f)
    fb.pixel(0, 0, 0x12345)
    fb.pixel(1, 1, -1)
    print(name, fb.pixel(0, 0), fb.pixel(1, 1), fb.pixel(1, 0), buf.hex())

# ---- MONO_VLSB at the edges: bits past the height and columns past the width stay as they were
buf = bytearray(b'\x55' * (3 * 24))
fb = FrameBuffer(buf, 20, 19, framebuf.MONO_VLSB, 24)
fb.fill(1)
print(buf.hex())
fb.fill(0)
print(buf.hex())
fb.fill_rect(-5, -5, 9, 9, 1)
fb.fill_rect(17, 14, 10, 10, 1)
fb.hline(-3, 9, 100, 1)
fb.vline(10, -4, 100, 1)
fb.rect(14, 2, 4, 6, 1)
fb.fill_rect(3, 3, 0, 5, 1)
fb.fill_rect(3, 3, 5, -1, 1)
fb.fill_rect(20, 0, 5, 5, 1)
fb.fill_rect(0, 19, 5, 5, 1)
art(fb, 20, 19)
print(buf.hex())
fb.fill_rect(9, 8, 3, 3, 0)
fb.text('AB', -4, 13)
fb.text('Z', 14, -3)
fb.text('xy', 15, 12, 0)
art(fb, 20, 19)
print(buf.hex())

# ---- text: glyphs, 127 for bytes outside 32..127 (of the UTF-8), NUL ends it, every format -----
for name, f, bpp in FORMATS:
    buf = bytearray(24 * 16 * bpp // 8)
    fb = FrameBuffer(buf, 21, 10, f)
    fb.fill(1)
    fb.text('a\xe9\x00b', 1, 1, 0)
    fb.text('g', 13, 3, 2)
    print(name)
    art(fb, 21, 10)

# ---- lines, ellipses, polygons ---------------------------------------------------------------
buf = bytearray(32 * 4)
fb = FrameBuffer(buf, 32, 28, framebuf.MONO_HLSB)
fb.line(0, 0, 31, 5, 1)
fb.line(31, 27, 20, 6, 1)
fb.line(-10, 30, 40, -5, 1)
fb.line(5, 20, 5, 20, 1)
fb.ellipse(8, 14, 6, 4, 1)
fb.ellipse(24, 20, 5, 5, 1, True, 0b0101)
fb.ellipse(16, 24, 0, 0, 1)
from array import array
fb.poly(12, 2, array('h', [0, 0, 8, 3, 2, 9]), 1)
fb.poly(0, 0, [20, 10, 28, 12, 24, 18, 21, 16], 1, True)
fb.poly(0, 0, [], 1)
art(fb, 32, 28)

# ---- scroll: each direction, and steps past the size (nothing moves) ---------------------------
for name, f, bpp in FORMATS[:2]:
    for xs, ys in ((3, 0), (-2, 0), (0, 5), (0, -9), (2, -3), (-4, 10), (12, 0), (0, -19)):
        buf = bytearray(12 * 24 * bpp // 8 + 8)
        fb = FrameBuffer(buf, 12, 19, f)
        fb.text('A', 0, 0)
        fb.text('Q', 4, 10)
        fb.line(0, 18, 11, 0, 1)
        fb.scroll(xs, ys)
        print(name, 'scroll', xs, ys)
        art(fb, 12, 19)

# ---- blit: a sprite with a key, out of the edges, a palette, another format --------------------
sb = bytearray(8)
sprite = FrameBuffer(sb, 6, 7, framebuf.MONO_VLSB)
sprite.rect(0, 0, 6, 7, 1)
sprite.line(0, 0, 5, 6, 1)
for name, f, bpp in FORMATS:
    buf = bytearray(16 * 12 * bpp // 8 + 8)
    fb = FrameBuffer(buf, 16, 12, f)
    fb.fill_rect(0, 6, 16, 6, 1)
    fb.blit(sprite, 1, 1)
    fb.blit(sprite, 8, 3, 0)
    fb.blit(sprite, 12, 8, 1)
    fb.blit(sprite, -3, 9)
    fb.blit(sprite, 16, 0)
    fb.blit(sprite, 0, -7)
    print(name, 'blit')
    art(fb, 16, 12)
pal = FrameBuffer(bytearray(2), 2, 1, framebuf.GS8)
pal.pixel(0, 0, 5)
pal.pixel(1, 0, 9)
g = FrameBuffer(bytearray(16 * 8), 16, 8, framebuf.GS8)
g.fill(1)
g.blit(sprite, 2, 1, -1, pal)
g.blit(sprite, 9, 1, 5, pal)
art(g, 16, 8)
g4 = FrameBuffer(bytearray(8), 4, 4, framebuf.GS4_HMSB)
g4.fill(7)
g4.pixel(1, 2, 3)
m = FrameBuffer(bytearray(16), 8, 8, framebuf.MONO_VLSB)
m.blit(g4, 2, 2, 3)
m.blit(g, -2, 5)
art(m, 8, 8)

# ---- errors --------------------------------------------------------------------------------
def err(f):
    try:
        f()
        print('no error')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e.args)

err(lambda: FrameBuffer(bytearray(64), 8, 8, 7))
err(lambda: FrameBuffer(bytearray(7), 8, 8, framebuf.MONO_VLSB))
err(lambda: FrameBuffer(bytearray(8), 8, 9, framebuf.MONO_VLSB))
err(lambda: FrameBuffer(bytearray(8), 8, 8, framebuf.MONO_VLSB))
err(lambda: FrameBuffer(bytearray(64), 0, 8, framebuf.GS8))
err(lambda: FrameBuffer(bytearray(64), 8, 8, framebuf.GS8, 7))
err(lambda: FrameBuffer(bytearray(16), 9, 8, framebuf.MONO_HLSB))
err(lambda: FrameBuffer(bytearray(127), 8, 8, framebuf.RGB565))
err(lambda: m.blit(bytearray(8), 0, 0))

# ---- MONO_VLSB's fast paths against the pixel-by-pixel formats ---------------------------------
# a fixed pseudo-random sequence of calls (an LCG: the same under CPython and espy)
seed = 12345


def rnd(lo, hi):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return lo + (seed >> 8) % (hi - lo + 1)


W, H = 37, 21
v = FrameBuffer(bytearray(40 * 3), W, H, framebuf.MONO_VLSB, 40)
others = [FrameBuffer(bytearray(40 * H), W, H, f, 40) for f in (framebuf.MONO_HMSB, framebuf.GS8)]
spr = FrameBuffer(bytearray(10 * 2), 10, 11, framebuf.MONO_VLSB)
spr.ellipse(5, 5, 4, 5, 1, True)
spr.hline(0, 10, 10, 1)
diffs = 0
for step in range(150):
    op = rnd(0, 7)
    c = rnd(0, 1)
    x = rnd(-12, W + 4)
    y = rnd(-12, H + 4)
    a = rnd(-2, 30)
    b = rnd(-2, 25)
    for fb in [v] + others:
        if op == 0:
            fb.fill_rect(x, y, a, b, c)
        elif op == 1:
            fb.hline(x, y, a, c)
        elif op == 2:
            fb.vline(x, y, b, c)
        elif op == 3:
            fb.text('Fp9@', x, y, c)
        elif op == 4:
            fb.scroll(a - 14, b - 12)
        elif op == 5:
            fb.blit(spr, x, y, (-1, 0, 1)[a % 3])
        elif op == 6:
            fb.rect(x, y, a, b, c, b & 1)
        elif step % 20 == 0:
            fb.fill(c)
    for fb in others:
        for yy in range(H):
            for xx in range(W):
                if v.pixel(xx, yy) != (fb.pixel(xx, yy) != 0):
                    diffs += 1
print('fast paths: 150 calls,', diffs, 'pixels differ')
art(v, W, H)
