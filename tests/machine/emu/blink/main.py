# Blink GPIO2 (the ESP-01S LED): 8 level changes 20 ms apart.
from machine import Pin
import time
led = Pin(2, Pin.OUT)
for i in range(8):
    led.value(i & 1)
    time.sleep_ms(20)
print("blink done")
