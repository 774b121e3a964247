# expected output written by hand (MicroPython-only API)
# the esp module on the host simulation: a 512K flash with a user area
import esp

size, start = esp.flash_size(), esp.flash_user_start()
print(hex(esp.flash_id()), size, hex(start), start % 4096 == 0, start < size)
sec = start // 4096 + 1
esp.flash_erase(sec)
print(esp.flash_read(sec * 4096, 8))
esp.flash_write(sec * 4096, b"espy1234")
print(esp.flash_read(sec * 4096, 8))
# programming only clears bits, as on NOR flash
esp.flash_write(sec * 4096, b"\x0f\x0f\x0f\x0f")
buf = bytearray(4)
esp.flash_read(sec * 4096, buf)
print(buf)
esp.flash_erase(sec)
print(esp.flash_read(sec * 4096 + 2, 4))
for bad in (lambda: esp.flash_write(0, b"abcd"), lambda: esp.flash_erase(0),
            lambda: esp.flash_write(start, b"abc"), lambda: esp.flash_read(size - 2, 4),
            lambda: esp.flash_read(-4, 4), lambda: esp.flash_erase(size // 4096),
            lambda: esp.osdebug(2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    esp.flash_read(start, b"ab")
except TypeError as e:
    print("TypeError:", e)
print(esp.osdebug(None), esp.osdebug(0), esp.osdebug(None))
print(esp.check_fw())
