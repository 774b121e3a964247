# expected output written by hand (MicroPython-only API)
# time.ticks_ms/us/cpu, ticks_add, ticks_diff (with wrap-around), sleep_ms/sleep_us
import time
t = time.ticks_ms()
print(type(t).__name__, t >= 0)
print(time.ticks_diff(time.ticks_add(t, 5), t))
print(time.ticks_diff(time.ticks_add(t, -5), t))
print(time.ticks_diff(t, time.ticks_add(t, 100)))
u = time.ticks_us()
time.sleep_us(10)
print(time.ticks_diff(time.ticks_us(), u) >= 0)
m = time.ticks_ms()
time.sleep_ms(2)
print(time.ticks_diff(time.ticks_ms(), m) >= 0)
time.sleep_ms(0)
time.sleep_us(0)
c = time.ticks_cpu()
print(type(c).__name__)
big = time.ticks_add(0, -1)
print(big > 0, time.ticks_add(big, 1), time.ticks_diff(0, big), time.ticks_diff(big, 0))
period = time.ticks_add(big, 1) - 0
half = (big + 1) // 2
print(time.ticks_diff(time.ticks_add(0, half - 1), 0) == half - 1)
print(time.ticks_diff(time.ticks_add(0, half), 0) == -half)
print(time.ticks_add(big, 10) == 9, time.ticks_diff(9, big) == 10)
for delta in (0, 1, 1000, -1000, 12345):
    print(delta, time.ticks_diff(time.ticks_add(t, delta), t) == delta)
