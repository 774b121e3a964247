# array typecodes b B h H i I l L q Q f d: ranges, item sizes (standard on both), byte layout
from array import array
import sys
limits = {"b": (-128, 127), "B": (0, 255), "h": (-32768, 32767), "H": (0, 65535),
          "i": (-2 ** 31, 2 ** 31 - 1), "I": (0, 2 ** 32 - 1), "q": (-2 ** 63, 2 ** 63 - 1), "Q": (0, 2 ** 64 - 1)}
for tc, (lo, hi) in limits.items():
    a = array(tc, [lo, 0, hi])
    print(tc, a.itemsize, a.tolist(), a.tobytes() == array(tc, a.tobytes()).tobytes())
for tc in ("l", "L"):
    a = array(tc, [0, 1, 2 ** 31 - 1])
    print(tc, a.itemsize in (4, 8), a.tolist())
for tc in ("f", "d"):
    a = array(tc, [0.5, -1.25, 3])
    print(tc, a.itemsize, a.tolist(), a[2], type(a[2]).__name__)
little = sys.byteorder == "little"
raw = array("H", [0x0102]).tobytes()
print(raw == (b"\x02\x01" if little else b"\x01\x02"))
raw = array("i", [-2]).tobytes()
print(raw == (b"\xfe\xff\xff\xff" if little else b"\xff\xff\xff\xfe"))
x = array("q", [2 ** 40, -(2 ** 40)])
print(x, x.itemsize, len(x.tobytes()))
f = array("f", [0.1])
print(f[0], f[0] == 0.1, array("d", [0.1])[0] == 0.1)
print(array("b", [-1]).tobytes(), array("B", [255]).tobytes(), array("b", b"\xff")[0], array("B", b"\xff")[0])
u = array("I", [1, 2, 3])
u[1] = 4000000000
print(u, sum(u))
try:
    u[0] = -1
except OverflowError as e:
    print("OverflowError", type(e).__name__)
try:
    array("h", b"\x01")
except ValueError as e:
    print("ValueError", e)
print(sorted(limits), [array(tc).typecode for tc in "bBhH"])
