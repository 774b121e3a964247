# a MicroPython-style program: NMEA checksum, CRC-8, sensor words, a ring buffer, memoryview, URL/HTTP parsing, a state machine
import struct, binascii, json, time
def nmea_checksum(sentence):
    body = sentence[1:sentence.index("*")]
    cs = 0
    for ch in body:
        cs ^= ord(ch)
    return "%02X" % cs
s = "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47"
print(nmea_checksum(s), s.split("*")[1], nmea_checksum(s) == s.split("*")[1])
fields = s[1:s.index("*")].split(",")
lat = float(fields[2][:2]) + float(fields[2][2:]) / 60
lon = float(fields[4][:3]) + float(fields[4][3:]) / 60
print(fields[0], "%.5f %s %.5f %s" % (lat, fields[3], lon, fields[5]), int(fields[7]), float(fields[9]))
def crc8(data, poly=0x31, init=0xFF):
    crc = init
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
print(hex(crc8(b"\xbe\xef")), crc8(bytearray([1, 2, 3])))
raw = bytes([0x01, 0x90, 0xFF, 0x38])
temp_raw, hum_raw = struct.unpack(">hH", raw)
print(temp_raw / 10, hum_raw, (raw[0] << 8 | raw[1]) * 0.1, raw[2] & 0x0F, raw[3] >> 4)
class RingBuffer:
    def __init__(self, size):
        self.buf = bytearray(size)
        self.size = size
        self.head = self.tail = self.count = 0
    def put(self, data):
        for b in data:
            if self.count == self.size:
                self.tail = (self.tail + 1) % self.size
                self.count -= 1
            self.buf[self.head] = b
            self.head = (self.head + 1) % self.size
            self.count += 1
    def get(self, n):
        out = bytearray()
        while n and self.count:
            out.append(self.buf[self.tail])
            self.tail = (self.tail + 1) % self.size
            self.count -= 1
            n -= 1
        return bytes(out)
rb = RingBuffer(5)
rb.put(b"hello world")
print(rb.get(3), rb.count, rb.get(10), rb.get(1))
mv = memoryview(bytearray(b"abcdef"))
mv[0] = ord("A")
mv[2:4] = b"CD"
print(bytes(mv), mv[1:3].tobytes() if hasattr(mv, "tobytes") else bytes(mv[1:3]), len(mv))
def parse_url(url):
    scheme, _, rest = url.partition("://")
    hostport, _, path = rest.partition("/")
    host, _, port = hostport.partition(":")
    return scheme, host, int(port) if port else (443 if scheme == "https" else 80), "/" + path
for u in ["http://example.com/index.html", "https://api.host:8443/v1/data?x=1", "http://h"]:
    print(parse_url(u))
req = "GET {} HTTP/1.1\r\nHost: {}\r\nAuthorization: Basic {}\r\n\r\n".format("/", "h", binascii.b2a_base64(b"user:pass").decode().strip())
print(repr(req))
resp = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n\r\n{\"temp\": 21.5}"
head, _, body = resp.partition(b"\r\n\r\n")
lines = head.decode().split("\r\n")
status = int(lines[0].split()[1])
headers = {k.lower(): v.strip() for k, v in (l.split(":", 1) for l in lines[1:])}
print(status, headers, json.loads(body), json.loads(body.decode())["temp"] * 2)
STATES = {"idle": {"press": "running"}, "running": {"press": "paused", "stop": "idle"}, "paused": {"press": "running", "stop": "idle"}}
state = "idle"
for ev in ["press", "press", "bogus", "stop", "press"]:
    state = STATES[state].get(ev, state)
    print(ev, "->", state)
t = time.gmtime(0)
print(t[0], t[1], t[2], t[3], t[6], t[7] if len(t) > 7 else 1)
print("%04d-%02d-%02dT%02d:%02d:%02d" % t[:6], time.gmtime(86400 * 365)[:3], time.mktime(time.localtime(1000)) if False else 1000)
pins = 0
for p in (0, 2, 5):
    pins |= 1 << p
print(bin(pins), [i for i in range(8) if pins >> i & 1], pins & ~(1 << 2), "{:08b}".format(pins ^ 0xFF))
def debounce(samples, n=3):
    out, last, run = [], samples[0], 0
    for s in samples:
        run = run + 1 if s == last else 1
        last = s
        out.append(s if run >= n else None)
    return out
print(debounce([0, 1, 1, 1, 0, 1, 1, 1, 1]))
