# error messages chosen among several at run time, or passed through a helper
def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ if not isinstance(e, OSError) else 'OSError', e)

t(lambda: format("s", " "))
t(lambda: format("s", "+"))
t(lambda: "{}{0}".format(1))
t(lambda: "{0}{}".format(1, 2))
t(lambda: "%x" % "s")
t(lambda: "%d" % "s")
t(lambda: "%f" % "s")
t(lambda: b"%f" % b"s")
t(lambda: "%d" % (1, 2))
t(lambda: b"%d" % (1, 2))
t(lambda: "abc".index("z"))
t(lambda: b"abc".index(b"z"))
t(lambda: "a".startswith(1))
t(lambda: b"a".endswith(1))
t(lambda: ",".join(["a", 1]))
t(lambda: b",".join([b"a", 1]))
t(lambda: "a".split(1))
t(lambda: "a".rsplit(1))
t(lambda: "a".partition(1))
t(lambda: "a".replace(1, "b"))
t(lambda: "a".replace("a", 2))
t(lambda: "a".removeprefix(1))
t(lambda: "a".removesuffix(1))
with open(__file__) as f:
    t(lambda: f.seek(1, 1))
    t(lambda: f.seek(1, 2))
t(lambda: bytes([256]))
t(lambda: bytearray([1, -1]))
t(lambda: "a\udc80".encode())
t(lambda: "ab\xe9".encode("ascii"))
t(lambda: "\u20ac".encode("latin-1"))
t(lambda: b"a\xff".decode())
t(lambda: b"\xc3".decode())
t(lambda: b"\xc3\x28".decode())
t(lambda: b"\xff".decode("ascii"))
t(lambda: bytearray(1)[5])
t(lambda: b"a"[5])
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: 10 ** 30 // 0)
t(lambda: 10 ** 30 % 0)
t(lambda: divmod(10 ** 30, 0))
t(lambda: 1 / 0)
t(lambda: 10 ** 30 / 0)
t(lambda: 1.0 % 0.0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 / 0.0)
def d1():
    x = (1,)
    del x[0]
def d2():
    x = 1
    del x[0]
t(d1)
t(d2)
class A: pass
class B(A): pass
def mro():
    class C(A, B): pass
t(mro)
# %-format's precision past a C int (the width's case is MemoryError in CPython: not here)
try:
    "%.99999999999d" % 1
except ValueError as e:
    print("ValueError", e)
# format specs' width and precision past any int (checked before they wrap on a 32-bit board)
for spec in ("{:99999999999999999999}", "{:.99999999999999999999}"):
    try:
        spec.format(1.5)
    except ValueError as e:
        print("ValueError", e)
