# expected output written by hand (MicroPython-only API)
# machine.time_pulse_us on the host simulation: nothing but the program drives a pad, so the level
# cannot change during the call: a pin not at pulse_level never gets there (-2), one at it never
# leaves (-1).  The simulation answers at once instead of waiting out the timeout.
from machine import Pin, time_pulse_us
import time

out = Pin(2, Pin.OUT, value=0)
print(time_pulse_us(out, 1), time_pulse_us(out, 0))
out.on()
print(time_pulse_us(out, 1), time_pulse_us(out, 0))
# pulse_level is taken by its truth value; the pin may be given by number
print(time_pulse_us(out, True, 100), time_pulse_us(out, [], 100), time_pulse_us(2, "x", 100))
# timeouts: the default (1 s), 0, the largest
btn = Pin(0, Pin.IN, Pin.PULL_UP)
print(time_pulse_us(btn, 1, 0), time_pulse_us(btn, 0, 0))
print(time_pulse_us(btn, 1, 2**31 - 1), time_pulse_us(btn, 0, 2**31 - 1))
t0 = time.ticks_ms()
r = time_pulse_us(btn, 0), time_pulse_us(btn, 1)
print(r, time.ticks_diff(time.ticks_ms(), t0) < 500)
# an input without a pull reads 0
print(time_pulse_us(Pin(3, Pin.IN), 0, 10), time_pulse_us(Pin(3), 1, 10))
# the pin's mode and level are left alone
out.off()
time_pulse_us(out, 1, 5)
print(out.value(), time_pulse_us(out, 0, 5))

def err(f):
    try:
        f()
        print("no error")
    except (TypeError, ValueError, OverflowError) as ex:
        print(type(ex).__name__ + ":", ex)

err(lambda: time_pulse_us(7, 1))
err(lambda: time_pulse_us(16, 0, 10))
err(lambda: time_pulse_us("2", 1))
err(lambda: time_pulse_us(out, 1, -1))
err(lambda: time_pulse_us(out, 1, 2**31))
err(lambda: time_pulse_us(out, 1, "10"))
err(lambda: time_pulse_us(out, 1, 1.5))
err(lambda: time_pulse_us(out))
err(lambda: time_pulse_us(out, 1, 10, 1))
err(lambda: time_pulse_us(out, 1, timeout_us=10))
