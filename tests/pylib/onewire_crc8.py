# pylib/onewire.py's crc8 on the board's _onewire.crc8: Dallas/Maxim CRC-8 vectors.  (Under
# CPython, fake/_onewire.py computes it in Python: see neopixel_buffer.py.)  A ROM code or a
# scratchpad followed by its own CRC gives 0.
import sys
sys.path += ['../../pylib', 'fake']
import machine
import onewire

ow = onewire.OneWire(machine.Pin(0))
rom = b'\x02\x1c\xb8\x01\x00\x00\x00'          # Maxim's application note 27 example: CRC 0xA2
print(hex(ow.crc8(rom)), ow.crc8(rom + b'\xa2'))
for data in (b'', b'\x00', b'\x01', b'\x80', b'\xff', b'\x28\xff\x4b\x46', bytes(range(256)),
             bytearray(b'\x50\x05\x4b\x46\x7f\xff\x0c\x10'), b'123456789'):
    c = ow.crc8(data)
    print(len(data), c, ow.crc8(bytes(data) + bytes((c,))))
print(onewire.OneWire.crc8(ow, memoryview(b'\x10\x01')))
