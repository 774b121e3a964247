# expected output written by hand (MicroPython-only API): the values were computed with
# python3 from the Dallas/Maxim definition (x^8 + x^5 + x^4 + 1, LSB first, from 0)
import _onewire

print(_onewire.crc8(b""))
# Maxim's application note 27 example: family 02, serial 1C B8 01 00 00, CRC A2
print(hex(_onewire.crc8(b"\x02\x1c\xb8\x01\x00\x00\x00")))
print(_onewire.crc8(b"\x02\x1c\xb8\x01\x00\x00\x00\xa2"))
rom = bytes.fromhex("28ff4c1a331604")
print(hex(_onewire.crc8(rom)), _onewire.crc8(rom + b"\xbe"))
# a DS18B20's power-on scratchpad: 85.0 degC, TH 75, TL 70, 12 bits
sp = bytearray(b"\x50\x05\x4b\x46\x7f\xff\x0c\x10")
print(hex(_onewire.crc8(sp)), _onewire.crc8(memoryview(sp)[2:5]))
print(_onewire.crc8(bytes(range(256))), _onewire.crc8(b"\xff" * 9), _onewire.crc8(b"\x01"))
for bad in ("text", 5, None):
    try:
        _onewire.crc8(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
print(sorted(n for n in dir(_onewire) if not n.startswith("__")))
