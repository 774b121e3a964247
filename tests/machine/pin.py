# expected output written by hand (MicroPython-only API)
# machine.Pin on the host simulation: modes, levels, errors, IRQs (callbacks run in the VM)
from machine import Pin
import time

p = Pin(2, Pin.OUT)
print(p, p.value(), Pin(2) is p)
p.on()
print(p.value(), p())
p.off()
print(p.value())
p(1)
print(p())
p.value(0)
print(p.value())
p.init(Pin.OUT, value=1)
print(p.value())
print(Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.PULL_UP, Pin.IRQ_RISING, Pin.IRQ_FALLING)

# an input with a pull-up reads 1, without reads 0 (nothing drives it)
b = Pin(0, Pin.IN, Pin.PULL_UP)
print(b.value())
b.init(Pin.IN, None)
print(b.value())
# a released open-drain line is pulled up; a driven one is low
od = Pin(4, Pin.OPEN_DRAIN, value=1)
print(od.value())
od.off()
print(od.value())

for bad in (-1, 6, 7, 8, 9, 10, 11, 16, 17, 100):
    try:
        Pin(bad)
    except ValueError as e:
        print("ValueError:", e)
for args in ((2, 3), (2, -2), (2, 7)):
    try:
        Pin(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    Pin(2, Pin.IN, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    Pin("2")
except TypeError as e:
    print("TypeError:", e)
try:
    Pin()
except TypeError as e:
    print("TypeError:", e)

# IRQs: the chip's input path sees an output's own level, so toggling raises them
events = []
def handler(pin):
    events.append((pin, pin.value()))
p = Pin(2, Pin.OUT, value=0)
irq = p.irq(handler, Pin.IRQ_RISING)
print(irq, irq.trigger())
for i in range(3):
    p.on()
    p.off()
time.sleep_ms(1)
print(events, irq.flags())
events.clear()
p.irq(handler, Pin.IRQ_FALLING | Pin.IRQ_RISING)
p.on()
time.sleep_ms(1)
p.off()
time.sleep_ms(1)
print(events)
print(p.irq().trigger())
p.irq(None)
p.on()
p.off()
time.sleep_ms(1)
print(events, p.irq().trigger())
try:
    p.irq(42)
except TypeError as e:
    print("TypeError:", e)
try:
    p.irq(handler, 8)
except ValueError as e:
    print("ValueError:", e)
