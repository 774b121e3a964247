# Runs at every boot of the board: espy build freezes this directory into the firmware image.
import gc
import json
import sys
import blinker

print("hello from", sys.platform, "- espy", sys.implementation.version[:3])
led = blinker.Blinker(pin=2, period_ms=500)
for state in led.pattern(6):
    print("GPIO%d %s" % (led.pin, "on" if state else "off"))
print("primes:", [n for n in range(2, 40) if all(n % d for d in range(2, n))])
print("2**100 =", 2 ** 100)
print("as JSON:", json.dumps({"pin": led.pin, "period_ms": led.period_ms}))
try:
    blinker.Blinker(pin=7)
except ValueError as e:
    print("ValueError:", e)
gc.collect()
print("free heap:", gc.mem_free(), "bytes")
