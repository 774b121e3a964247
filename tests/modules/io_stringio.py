# io.StringIO: write, read, seek, tell, getvalue, readline, readlines, iteration, context manager
import io
s = io.StringIO()
print(s.write("hello "), s.write("wörld\n"), s.write("line 2\nline 3"), s.tell())
print(repr(s.getvalue()), repr(s.read()))
print(s.seek(0), repr(s.read(5)), s.tell(), repr(s.read(1)), repr(s.read()), repr(s.read()))
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
r = io.StringIO("initial\ntext")
print(r.tell(), repr(r.read()), r.getvalue())
r.seek(0)
r.write("INIT")
print(repr(r.getvalue()), r.tell())
r.seek(0, 2)
r.write("!")
print(repr(r.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print("ValueError", type(e).__name__)
e = io.StringIO()
print(repr(e.read()), repr(e.readline()), e.getvalue() == "", e.tell())
t = io.StringIO("abc")
t.seek(5)
t.write("Z")
print(repr(t.getvalue()))
try:
    io.StringIO().write(b"bytes")
except TypeError as e2:
    print("TypeError", e2)
try:
    io.StringIO(5)
except TypeError as e2:
    print("TypeError", type(e2).__name__)
buf = io.StringIO()
print("via print", 1, 2, sep="-", file=buf)
print("second", file=buf, end="")
print(repr(buf.getvalue()), buf.readable(), buf.writable(), buf.seekable())
u = io.StringIO("x€y")
print(u.read(2), u.read(), len(u.getvalue()))
