# Input that arrives while Python is busy is kept (the receive interrupt moves it into the
# console's ring buffer); UART(0) reads it afterwards.
from machine import UART
import time
t0 = time.ticks_ms()
while time.ticks_diff(time.ticks_ms(), t0) < 300:
    pass
u = UART(0)
n = u.any()
data = u.read()
print("received", n, len(data), data[:12], data[-12:])
print("intact:", data == bytes(range(48, 48 + 75)) * 2 + b"end.")
