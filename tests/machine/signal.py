# expected output written by hand (MicroPython-only API)
# machine.Signal on the host simulation: a Pin with logical inversion (on() is the active level,
# low when inverted), made over a Pin, a Signal, or from Pin's own arguments
from machine import Pin, Signal

led = Pin(2, Pin.OUT, value=0)
s = Signal(led)
s.on()
print(led.value(), s.value(), s())
s.off()
print(led.value(), s.value(), s())

# active low: on() drives the pin low
inv = Signal(led, invert=True)
inv.on()
print(led.value(), inv.value(), inv())
inv.off()
print(led.value(), inv.value(), inv())
inv.value(1)
print(led.value())
inv(0)
print(led.value())
inv.value([])        # any object: its truth value
print(led.value())
inv.value("x")
print(led.value())
print(inv.value(1), inv.on(), inv.off(), inv(1))

# a Signal over a Signal: the inversions combine
led.value(1)
twice = Signal(inv, invert=True)
once = Signal(inv)
print(twice.value(), once.value(), inv.value())
twice.on()
print(led.value(), inv.value())
once.on()
print(led.value(), twice.value())

# Pin's arguments: the pin is configured, value= is the Signal's (inverted for the pin)
a = Signal(4, Pin.OUT, value=1, invert=True)
print(Pin(4).value(), a.value())
b = Signal(5, Pin.OUT, value=0, invert=True)
print(Pin(5).value(), b.value())
c = Signal(12, Pin.OUT, value=1)
print(Pin(12).value(), c.value())
d = Signal(id=13, mode=Pin.OUT, value=True, invert=False)
print(Pin(13).value(), d.value())
e = Signal(Pin(14, Pin.OUT), invert=1)
e.on()
print(Pin(14).value())
# only invert given: the pin keeps its mode and level
Pin(15, Pin.OUT, value=1)
f = Signal(15, invert=True)
print(Pin(15).value(), f.value())
f.on()
print(Pin(15).value())

# inputs: a button to ground with a pull-up reads active (1) while released as a plain Pin,
# inactive (0) as an inverted Signal
btn = Signal(0, Pin.IN, Pin.PULL_UP, invert=True)
print(Pin(0).value(), btn.value(), btn())
print(Signal(3, Pin.IN, None).value(), Signal(3, invert=True).value())

# what a Signal is
print(type(inv).__name__, isinstance(inv, Signal), isinstance(inv, Pin), Signal(led) is Signal(led))
print(hasattr(inv, "on"), hasattr(inv, "off"), hasattr(inv, "value"), hasattr(inv, "irq"), hasattr(inv, "init"))

# bad arguments
def err(f):
    try:
        f()
        print("no error")
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__ + ":", ex)

err(lambda: Signal())
err(lambda: Signal(7))
err(lambda: Signal(16, invert=True))
err(lambda: Signal("2"))
err(lambda: Signal(None))
err(lambda: Signal(led, Pin.OUT))
err(lambda: Signal(led, value=1))
err(lambda: Signal(led, invert=True, pull=Pin.PULL_UP))
err(lambda: Signal(2, Pin.OUT, inverted=True))
err(lambda: Signal(2, 9))
err(lambda: Signal(2, Pin.IN, 2))
err(lambda: Signal(2, Pin.OUT, None, 1))
err(lambda: inv(1, 2))
err(lambda: inv(x=1))
err(lambda: inv.value(1, 2))
err(lambda: inv.on(1))
print(led.value())
