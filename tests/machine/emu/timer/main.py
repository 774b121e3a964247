# A periodic Timer(-1) toggling GPIO2 every 25 ms, then a one-shot one.
from machine import Pin, Timer
import time
led = Pin(2, Pin.OUT, value=0)
ticks = []
def tick(t):
    led.value(not led.value())
    ticks.append(1)
t = Timer(-1)
t.init(period=25, mode=Timer.PERIODIC, callback=tick)
time.sleep_ms(262)
t.deinit()
fired = []
Timer(-1, mode=Timer.ONE_SHOT, period=10, callback=lambda t: fired.append(t))
time.sleep_ms(40)
print("periodic:", len(ticks), "one-shot:", len(fired))
