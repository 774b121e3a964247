# framebuf: MicroPython's frame buffer (pixels, lines, rectangles, ellipses, polygons, 8x8 text,
# blit, scroll) in Python, over a bytearray.  Baked into an app's bundle by `espy build` when the
# app imports it (docs/machine.md, "Drivers in Python").  MONO_VLSB, the SSD1306's layout, has fast
# paths: whole bytes by slice assignment, a page row of partial bytes as one big int (C does the
# per-byte work), text as its glyph columns joined; the other formats go pixel by pixel.
MONO_VLSB = MVLSB = 0
RGB565 = 1
GS4_HMSB = 2
MONO_HLSB = 3
MONO_HMSB = 4
GS2_HMSB = 5
GS8 = 6

# ASCII 32..127, 8 column bytes a glyph, bit 0 at the top: drawn for espy (tests/pylib/font8x8.txt
# is the same font to read)
_FONT = (
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00_\x00\x00\x00\x00\x00\x00\x03\x00\x03\x00\x00\x00\x00\x14\x7f\x14\x7f\x14\x00\x00'  # ' ' '!' '"' '#'
    b'\x00$*\x7f*\x12\x00\x00\x00#\x13\x08db\x00\x00\x006IU"P\x00\x00\x00\x00\x04\x03\x00\x00\x00\x00'  # '$' '%' '&' "'"
    b'\x00\x00\x1c"A\x00\x00\x00\x00\x00A"\x1c\x00\x00\x00\x00\x14\x08>\x08\x14\x00\x00\x00\x08\x08>\x08\x08\x00\x00'  # '(' ')' '*' '+'
    b'\x00\x00P0\x00\x00\x00\x00\x00\x08\x08\x08\x08\x08\x00\x00\x00\x00``\x00\x00\x00\x00\x00 \x10\x08\x04\x02\x00\x00'  # ',' '-' '.' '/'
    b'\x00>QIIE>\x00\x00\x00B\x7f@\x00\x00\x00\x00BaQQIF\x00\x00!AEEK1\x00'  # '0' '1' '2' '3'
    b"\x00\x10\x18\x14\x12\x7f\x10\x00\x00'EEEE9\x00\x00<JIII0\x00\x00\x01q\t\x05\x03\x00\x00"  # '4' '5' '6' '7'
    b'\x006IIII6\x00\x00\x06III)\x1e\x00\x00\x0066\x00\x00\x00\x00\x00\x00V6\x00\x00\x00\x00'  # '8' '9' ':' ';'
    b'\x00\x08\x14"A\x00\x00\x00\x00\x14\x14\x14\x14\x14\x00\x00\x00\x00A"\x14\x08\x00\x00\x00\x02\x01Q\t\x06\x00\x00'  # '<' '=' '>' '?'
    b'\x002IyyA>\x00\x00~\t\t\t\t~\x00\x00\x7fIIII6\x00\x00>AAAA"\x00'  # '@' 'A' 'B' 'C'
    b'\x00\x7fAAA"\x1c\x00\x00\x7fIIIIA\x00\x00\x7f\t\t\t\t\x01\x00\x00>AIIIz\x00'  # 'D' 'E' 'F' 'G'
    b'\x00\x7f\x08\x08\x08\x08\x7f\x00\x00\x00A\x7fA\x00\x00\x00\x00 @A?\x01\x00\x00\x00\x7f\x08\x08\x14"A\x00'  # 'H' 'I' 'J' 'K'
    b'\x00\x7f@@@@@\x00\x00\x7f\x02\x0c\x0c\x02\x7f\x00\x00\x7f\x02\x04\x08\x10\x7f\x00\x00>AAAA>\x00'  # 'L' 'M' 'N' 'O'
    b'\x00\x7f\t\t\t\t\x06\x00\x00>AAQ!^\x00\x00\x7f\t\t\x19)F\x00\x00FIIII1\x00'  # 'P' 'Q' 'R' 'S'
    b'\x00\x01\x01\x7f\x01\x01\x00\x00\x00?@@@@?\x00\x00\x1f @@ \x1f\x00\x00?@88@?\x00'  # 'T' 'U' 'V' 'W'
    b'\x00c\x14\x08\x08\x14c\x00\x00\x03\x04x\x04\x03\x00\x00\x00aQIECA\x00\x00\x00\x7fAA\x00\x00\x00'  # 'X' 'Y' 'Z' '['
    b'\x00\x02\x04\x08\x10 \x00\x00\x00\x00AA\x7f\x00\x00\x00\x00\x04\x02\x01\x02\x04\x00\x00\x00\x80\x80\x80\x80\x80\x00\x00'  # '\\' ']' '^' '_'
    b'\x00\x00\x01\x02\x04\x00\x00\x00\x00 TTTTx\x00\x00\x7fHDDD8\x00\x008DDDD \x00'  # '`' 'a' 'b' 'c'
    b'\x008DDDH\x7f\x00\x008TTTT\x18\x00\x00\x08~\t\x01\x02\x00\x00\x00\x18\xa4\xa4\xa4\xa4|\x00'  # 'd' 'e' 'f' 'g'
    b'\x00\x7f\x08\x04\x04\x04x\x00\x00\x00D}@\x00\x00\x00\x00@\x80\x84}\x00\x00\x00\x00\x7f\x10\x10(D\x00\x00'  # 'h' 'i' 'j' 'k'
    b'\x00\x00A\x7f@\x00\x00\x00\x00|\x04x\x04\x04x\x00\x00|\x08\x04\x04\x04x\x00\x008DDDD8\x00'  # 'l' 'm' 'n' 'o'
    b'\x00\xfc$$$$\x18\x00\x00\x18$$$$\xfc\x00\x00|\x08\x04\x04\x08\x00\x00\x00HTTT$\x00\x00'  # 'p' 'q' 'r' 's'
    b'\x00\x04?D@ \x00\x00\x00<@@@ |\x00\x00\x1c @@ \x1c\x00\x00<@00@<\x00'  # 't' 'u' 'v' 'w'
    b'\x00D(\x10\x10(D\x00\x00\x1c\xa0\xa0\xa0\xa0|\x00\x00DdTTLD\x00\x00\x00\x086AA\x00\x00'  # 'x' 'y' 'z' '{'
    b'\x00\x00\x00\x7f\x00\x00\x00\x00\x00AA6\x08\x00\x00\x00\x00\x08\x04\x08\x10\x08\x00\x00\x00\x7fAAAA\x7f\x00'  # '|' '}' '~' DEL
)


def _ib(b):
    return int.from_bytes(b, 'little')


# C's integer division (toward zero), which MicroPython's polygon fill uses
def _div(a, b):
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


# the int whose n bytes are all m
def _rep(m, n):
    return _ib(bytes((m,)) * n)


class FrameBuffer:
    def __init__(self, buffer, width, height, format, stride=None):
        if stride is None:
            stride = width
        if width < 1 or height < 1 or width > 65535 or height > 65535 or stride > 65535 or stride < width:
            raise ValueError
        bpp = 1
        hr = height
        wr = width
        sr = height - 1
        if format == 0:
            hr = (height + 7) & ~7
            sr = hr - 8
        elif format == 3 or format == 4:
            stride = (stride + 7) & ~7
            wr = (width + 7) & ~7
        elif format == 5:
            stride = (stride + 3) & ~3
            wr = (width + 3) & ~3
            bpp = 2
        elif format == 2:
            stride = (stride + 1) & ~1
            wr = (width + 1) & ~1
            bpp = 4
        elif format == 6:
            bpp = 8
        elif format == 1:
            bpp = 16
        else:
            raise ValueError('invalid format')
        if (sr * stride + (hr - sr) * wr) * bpp // 8 > len(buffer):
            raise ValueError
        self._b = buffer
        self._w = width
        self._h = height
        self._f = format
        self._s = stride

    # one pixel, (x, y) inside
    def _set(self, x, y, c):
        f = self._f
        b = self._b
        s = self._s
        if f == 0:
            i = (y >> 3) * s + x
            m = 1 << (y & 7)
        elif f == 3 or f == 4:
            i = (x + y * s) >> 3
            m = 1 << (x & 7 if f == 4 else 7 - (x & 7))
        else:
            i = x + y * s
            if f == 6:
                b[i] = c & 255
            elif f == 1:
                b[2 * i] = c & 255
                b[2 * i + 1] = (c >> 8) & 255
            else:
                if f == 5:
                    k = (x & 3) << 1
                    m = 3 << k
                    i >>= 2
                else:
                    k = 0 if x & 1 else 4
                    m = 15 << k
                    i >>= 1
                b[i] = b[i] & ~m | (c << k) & m
            return
        if c:
            b[i] |= m
        else:
            b[i] &= ~m

    def _get(self, x, y):
        f = self._f
        b = self._b
        s = self._s
        if f == 0:
            return b[(y >> 3) * s + x] >> (y & 7) & 1
        if f == 3 or f == 4:
            return b[(x + y * s) >> 3] >> (x & 7 if f == 4 else 7 - (x & 7)) & 1
        i = x + y * s
        if f == 6:
            return b[i]
        if f == 1:
            return b[2 * i] | b[2 * i + 1] << 8
        if f == 5:
            return b[i >> 2] >> ((x & 3) << 1) & 3
        return b[i >> 1] >> (0 if x & 1 else 4) & 15

    # MONO_VLSB: the bits of v (one byte a column) into page row p from column x, n columns;
    # mode 0 sets them (only where mask m, an int like v, has bits), 1 ORs, 2 clears
    def _page(self, p, x, n, v, m, mode):
        i = p * self._s + x
        b = self._b
        r = _ib(b[i:i + n])
        if mode == 1:
            r |= v
        elif mode == 2:
            r &= ~v
        else:
            r = r & ~m | v & m
        b[i:i + n] = r.to_bytes(n, 'little')

    # a rectangle already clipped to the buffer
    def _rect(self, x, y, w, h, c):
        f = self._f
        b = self._b
        s = self._s
        if f == 0:
            e = y + h
            while y < e:
                p = y >> 3
                n = min(e, p * 8 + 8)
                m = (255 << (y & 7)) & (255 >> (p * 8 + 8 - n))
                if m == 255:
                    i = p * s + x
                    b[i:i + w] = bytes((255 if c else 0,)) * w
                else:
                    self._page(p, x, w, _rep(m, w), 0, 2 - (c != 0))
                y = n
        elif f == 6 or f == 1:
            if f == 1:
                v = bytes((c & 255, (c >> 8) & 255)) * w
                s *= 2
                x *= 2
            else:
                v = bytes((c & 255,)) * w
            n = len(v)
            for i in range(y * s + x, (y + h) * s + x, s):
                b[i:i + n] = v
        else:
            for yy in range(y, y + h):
                for xx in range(x, x + w):
                    self._set(xx, yy, c)

    def fill(self, c):
        self._rect(0, 0, self._w, self._h, c)

    def fill_rect(self, x, y, w, h, c):
        if w < 1 or h < 1 or x + w <= 0 or y + h <= 0 or y >= self._h or x >= self._w:
            return
        e = min(self._w, x + w)
        x = max(x, 0)
        h = min(self._h, y + h)
        y = max(y, 0)
        self._rect(x, y, e - x, h - y, c)

    def pixel(self, x, y, c=None):
        if 0 <= x < self._w and 0 <= y < self._h:
            if c is None:
                return self._get(x, y)
            self._set(x, y, c)

    def hline(self, x, y, w, c):
        self.fill_rect(x, y, w, 1, c)

    def vline(self, x, y, h, c):
        self.fill_rect(x, y, 1, h, c)

    def rect(self, x, y, w, h, c, f=False):
        r = self.fill_rect
        if f:
            r(x, y, w, h, c)
        else:
            r(x, y, w, 1, c)
            r(x, y + h - 1, w, 1, c)
            r(x, y, 1, h, c)
            r(x + w - 1, y, 1, h, c)

    # Bresenham's, stepping along the longer axis, both ends drawn (MicroPython's pixels)
    def line(self, x1, y1, x2, y2, c):
        dx = x2 - x1
        sx = 1 if dx > 0 else -1
        dx = abs(dx)
        dy = y2 - y1
        sy = 1 if dy > 0 else -1
        dy = abs(dy)
        steep = dy > dx
        if steep:
            x1, y1, dx, dy, sx, sy = y1, x1, dy, dx, sy, sx
        e = 2 * dy - dx
        for _ in range(dx):
            if steep:
                self.pixel(y1, x1, c)
            else:
                self.pixel(x1, y1, c)
            while e >= 0:
                y1 += sy
                e -= 2 * dx
            x1 += sx
            e += 2 * dy
        self.pixel(x2, y2, c)

    # the four mirror points (or the spans from the centre) of quadrants m: 1 upper right, 2 upper
    # left, 4 lower left, 8 lower right
    def _quad(self, cx, cy, x, y, c, f, m):
        for q, sx, sy in ((1, 1, -1), (2, -1, -1), (4, -1, 1), (8, 1, 1)):
            if m & q:
                if f:
                    self.fill_rect(cx if sx > 0 else cx - x, cy + sy * y, x + 1, 1, c)
                else:
                    self.pixel(cx + sx * x, cy + sy * y, c)

    # the midpoint ellipse in two runs (slope above and below -1), as MicroPython draws it
    def ellipse(self, cx, cy, xr, yr, c, f=False, m=15):
        m &= 15
        if xr == 0 and yr == 0:
            if m:
                self.pixel(cx, cy, c)
            return
        a2 = 2 * xr * xr
        b2 = 2 * yr * yr
        x = xr
        y = 0
        xc = yr * yr * (1 - 2 * xr)
        yc = xr * xr
        err = 0
        sx = b2 * xr
        sy = 0
        while sx >= sy:
            self._quad(cx, cy, x, y, c, f, m)
            y += 1
            sy += a2
            err += yc
            yc += a2
            if 2 * err + xc > 0:
                x -= 1
                sx -= b2
                err += xc
                xc += b2
        x = 0
        y = yr
        xc = yr * yr
        yc = xr * xr * (1 - 2 * yr)
        err = 0
        sx = 0
        sy = a2 * yr
        while sx <= sy:
            self._quad(cx, cy, x, y, c, f, m)
            x += 1
            sx += b2
            err += xc
            xc += b2
            if 2 * err + yc > 0:
                y -= 1
                sy -= a2
                err += yc
                yc += a2

    # coords: x0, y0, x1, y1, ... (an array('h') in MicroPython's examples); filled by scan lines
    # with each edge's lower end left out, as MicroPython does
    def poly(self, x, y, coords, c, f=False):
        n = len(coords) // 2
        if not n:
            return
        if not f:
            px, py = coords[0], coords[1]
            for i in range(n - 1, -1, -1):
                qx, qy = coords[2 * i], coords[2 * i + 1]
                self.line(x + px, y + py, x + qx, y + qy, c)
                px, py = qx, qy
            return
        ys = [coords[2 * i + 1] for i in range(n)]
        for row in range(min(ys), max(ys) + 1):
            nodes = []
            px, py = coords[0], coords[1]
            for i in range(n - 1, -1, -1):
                qx, qy = coords[2 * i], coords[2 * i + 1]
                if py != qy and (py > row) != (qy > row):
                    nodes.append(_div(32 * px + _div(32 * (qx - px) * (row - py), qy - py) + 16, 32))
                elif row == max(py, qy):
                    if py < qy:
                        self.pixel(x + qx, y + qy, c)
                    elif qy < py:
                        self.pixel(x + px, y + py, c)
                    else:
                        self.line(x + px, y + py, x + qx, y + qy, c)
                px, py = qx, qy
            nodes.sort()
            for i in range(0, len(nodes) - 1, 2):
                self.fill_rect(x + nodes[i], y + row, nodes[i + 1] - nodes[i] + 1, 1, c)

    # 8 pixels a character, glyph bits only (the background stays); bytes outside 32..127 (of the
    # text's UTF-8) draw glyph 127; a NUL ends the text (MicroPython reads a C string)
    def text(self, s, x, y, c=1):
        d = s.encode().split(b'\0')[0]
        a = max(0, -x)
        e = min(8 * len(d), self._w - x)
        if a >= e or y <= -8 or y >= self._h:
            return
        F = _FONT
        g = b''.join([F[k * 8 - 256:k * 8 - 248] if 31 < k < 128 else F[760:] for k in d[a >> 3:(e + 7) >> 3]])
        n = e - a
        g = g[a & 7:(a & 7) + n]
        x += a
        if self._f == 0:
            v = _ib(g)
            r = y & 7
            p = y >> 3
            last = (self._h - 1) >> 3
            hm = 255 >> (7 - ((self._h - 1) & 7))
            mode = 1 if c else 2
            if p >= 0:
                m = (255 << r) & 255
                if p == last:
                    m &= hm
                self._page(p, x, n, (v << r) & _rep(m, n), 0, mode)
            if r and p < last:
                m = 255 >> (8 - r)
                if p + 1 == last:
                    m &= hm
                self._page(p + 1, x, n, (v >> (8 - r)) & _rep(m, n), 0, mode)
            return
        for j in range(n):
            k = g[j]
            yy = y
            while k:
                if k & 1 and 0 <= yy < self._h:
                    self._set(x + j, yy, c)
                k >>= 1
                yy += 1

    # MONO_VLSB into MONO_VLSB: the rectangle [x0, x1) x [y0, y1) of self from buffer o (stride os,
    # pages op) at (x - dx, y - dy); mode 0 copies, 1 ORs the source's set bits, 2 clears where the
    # source has 0 bits
    def _vcopy(self, o, os, op, x0, x1, y0, y1, dx, dy, mode):
        n = x1 - x0
        q = dy >> 3
        r = dy & 7
        hi = _rep((255 << r) & 255, n)
        sx = x0 - dx
        for p in range(y0 >> 3, ((y1 - 1) >> 3) + 1):
            v = 0
            for k in (0, 1):
                sp = p - q - k
                if 0 <= sp < op and (r or not k):
                    i = sp * os + sx
                    w = _ib(o[i:i + n])
                    v |= (w << r) & hi if not k else (w >> (8 - r)) & ~hi
            lo = max(y0, p * 8)
            m = (255 << (lo & 7)) & (255 >> (p * 8 + 7 - min(y1 - 1, p * 8 + 7)))
            m = _rep(m, n)
            if mode == 2:
                v = ~v & m
            self._page(p, x0, n, v & m, m, mode)

    def scroll(self, xstep, ystep):
        W = self._w
        H = self._h
        x0, x1 = (0, W + xstep) if xstep < 0 else (xstep, W)
        y0, y1 = (0, H + ystep) if ystep < 0 else (ystep, H)
        if x0 >= x1 or y0 >= y1:
            return
        if self._f == 0:
            self._vcopy(bytes(self._b), self._s, (H + 7) >> 3, x0, x1, y0, y1, xstep, ystep, 0)
            return
        # (a pixel is read before it is overwritten in this order)
        xr = range(x1 - 1, x0 - 1, -1) if xstep >= 0 else range(x0, x1)
        for y in range(y1 - 1, y0 - 1, -1) if ystep >= 0 else range(y0, y1):
            for x in xr:
                self._set(x, y, self._get(x - xstep, y - ystep))

    def blit(self, fbuf, x, y, key=-1, palette=None):
        if not isinstance(fbuf, FrameBuffer):
            raise TypeError
        if x >= self._w or y >= self._h or -x >= fbuf._w or -y >= fbuf._h:
            return
        x0 = max(0, x)
        y0 = max(0, y)
        x1 = min(self._w, x + fbuf._w)
        y1 = min(self._h, y + fbuf._h)
        if self._f == 0 and fbuf._f == 0 and palette is None:
            mode = 1 if key == 0 else 2 if key == 1 else 0
            self._vcopy(fbuf._b, fbuf._s, (fbuf._h + 7) >> 3, x0, x1, y0, y1, x, y, mode)
            return
        for yy in range(y0, y1):
            for xx in range(x0, x1):
                c = fbuf._get(xx - x, yy - y)
                if palette is not None:
                    c = palette._get(c, 0)
                if c != key:
                    self._set(xx, yy, c)
