# io.BytesIO: write, read, seek, tell, getvalue, readline, iteration, context manager
import io
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"\x00\xff")), b.write(b"\nline2\n"), b.tell())
print(b.getvalue(), b.read(), b.seek(0), b.read(2), b.tell(), b.read(100), b.read())
b.seek(0)
print(b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines(), list(io.BytesIO(b"x\ny\n")))
init = io.BytesIO(b"0123456789")
print(init.read(3), init.seek(-2, 2), init.read(), init.seek(2), init.seek(3, 1), init.read(1))
init.seek(0)
init.write(b"AB")
print(init.getvalue(), init.tell())
init.seek(12)
init.write(b"Z")
print(init.getvalue())
with io.BytesIO(b"data") as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.getvalue()
except ValueError as e:
    print("ValueError", type(e).__name__)
try:
    io.BytesIO().write("text")
except TypeError as e:
    print("TypeError", type(e).__name__)
e = io.BytesIO()
print(e.read(), e.getvalue(), e.tell(), e.readable(), e.writable(), e.seekable())
import struct
stream = io.BytesIO()
for i in range(4):
    stream.write(struct.pack("<H", i * 1000))
stream.seek(0)
print([struct.unpack("<H", stream.read(2))[0] for _ in range(4)], len(stream.getvalue()))
r = io.BytesIO(b"abc")
print(r.read(-1), io.BytesIO(b"xyz").read(None), io.BytesIO(b"").readline())
t = io.BytesIO(b"12345")
t.truncate(2)
print(t.getvalue())
