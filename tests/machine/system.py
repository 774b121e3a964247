# expected output written by hand (MicroPython-only API)
# machine's CPU functions, WDT, RTC and UART(0) on the host simulation
import machine, time
from machine import Pin, RTC, UART, WDT

print(machine.freq())
machine.freq(160000000)
print(machine.freq())
machine.freq(80000000)
for hz in (1, 40000000, 240000000):
    try:
        machine.freq(hz)
    except ValueError as e:
        print("ValueError:", e)
print(len(machine.unique_id()), type(machine.unique_id()))
print(machine.reset_cause() == machine.PWRON_RESET)
print(machine.PWRON_RESET, machine.WDT_RESET, machine.SOFT_RESET, machine.DEEPSLEEP_RESET, machine.HARD_RESET)
s = machine.disable_irq()
machine.enable_irq(s)
machine.idle()
t0 = time.ticks_ms()
machine.lightsleep(30)
print("lightsleep:", time.ticks_diff(time.ticks_ms(), t0) >= 29)
try:
    machine.lightsleep(-1)
except ValueError as e:
    print("ValueError:", e)

rtc = RTC()
print(rtc is RTC(), rtc.memory())
rtc.memory(b"kept across resets")
print(rtc.memory())
rtc.memory("text too")
print(rtc.memory())
try:
    rtc.memory(bytes(493))
except ValueError as e:
    print("ValueError:", e)
rtc.datetime((2024, 2, 29, 0, 23, 59, 59, 250))
d = rtc.datetime()
print(d[:3], d[3], d[4:7], d[7] < 600)
time.sleep_ms(1500)
print(rtc.datetime()[:7])
try:
    rtc.datetime((2024, 1))
except ValueError as e:
    print("ValueError:", e)

w = WDT(timeout=2000)
w.feed()
print(WDT() is w)
for args in ((1,), (0, 0)):
    try:
        WDT(*args)
    except ValueError as e:
        print("ValueError:", e)

u = UART(0, 115200)
print(u)
u.init(baudrate=9600, timeout=5)
print(u, u.any(), u.read())
u.init(baudrate=115200, timeout=0)
print(u.write(b"written by UART(0)\n"), u.write("str too\n"))
for bad in (lambda: UART(1), lambda: UART(0, 0), lambda: UART(0, 115200, bits=7), lambda: UART(0, parity=0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    machine.soft_reset()
except SystemExit:
    print("soft_reset: SystemExit")
