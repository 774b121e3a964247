# expected output written by hand (MicroPython-only API)
# u-prefixed module aliases behave like the plain modules
import ujson
import ustruct
import ure
import ubinascii
import uhashlib
import uio
import ucollections
import uerrno
import uos
import utime
import uheapq
import urandom
import uarray
print(ujson.dumps({"a": [1, 2]}), ujson.loads("[true, null]"))
print(ustruct.pack("<HI", 1, 2), ustruct.unpack("<h", b"\xff\xff"), ustruct.calcsize("<bq"))
print(ure.match(r"(\d+)-(\d+)", "12-34").group(2), ure.sub(r"a", "b", "aaa"))
print(ubinascii.hexlify(b"\x01\xab"), ubinascii.unhexlify("ff00"))
print(uhashlib.sha256(b"abc").digest()[:4])
s = uio.StringIO()
s.write("x")
print(s.getvalue(), uio.BytesIO(b"yz").read())
print(ucollections.OrderedDict([(1, 2)])[1], len(ucollections.deque((), 3)))
print(uerrno.ENOENT, uerrno.errorcode[uerrno.EEXIST])
print(type(uos.listdir(".")).__name__, type(utime.time()).__name__ in ("int", "float"))
h = [3, 1, 2]
uheapq.heapify(h)
print(uheapq.heappop(h))
urandom.seed(1)
print(0 <= urandom.getrandbits(8) < 256, 1 <= urandom.randint(1, 3) <= 3)
print(uarray.array("b", [1, -1]), len(uarray.array("H", [1, 2])))
import json, struct
print(ujson.dumps is json.dumps or ujson.dumps("x") == json.dumps("x"), ustruct.pack("<i", 5) == struct.pack("<i", 5))
