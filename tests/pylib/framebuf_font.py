# espy: heapsize=256k
# The font of pylib/framebuf.py is the drawing in font8x8.txt (ASCII 32..127, 8 glyphs a block):
# the file is read here, turned into 8 column bytes per glyph (bit 0 the top row) and compared with
# framebuf's, then a line of text is drawn with it.
import sys
sys.path += ['../../pylib']
import framebuf

rows = [line.rstrip() for line in open('font8x8.txt') if line.strip() and not line.strip(' .#\n')]
print(len(rows), 'rows of glyphs')
font = bytearray()
for block in range(0, len(rows), 8):
    for g in range(8):
        for x in range(8):
            col = 0
            for y in range(8):
                if rows[block + y][g * 10 + x] == '#':
                    col |= 1 << y
            font.append(col)
print(len(font), 'bytes', font == framebuf._FONT)
for k in range(96):
    if font[k * 8:k * 8 + 8] != framebuf._FONT[k * 8:k * 8 + 8]:
        print('glyph', k + 32, 'differs')
# every glyph is distinct and none is empty but the space
print(len(set(bytes(font[k * 8:k * 8 + 8]) for k in range(96))), [k + 32 for k in range(96) if not any(font[k * 8:k * 8 + 8])])

buf = bytearray(128)
fb = framebuf.FrameBuffer(buf, 128, 8, framebuf.MONO_VLSB)
fb.text('espy: 42 Q&A {}', 4, 0)
for y in range(8):
    print(''.join('#' if buf[x] >> y & 1 else '.' for x in range(128)).rstrip('.'))
