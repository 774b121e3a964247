# A button on GPIO0 (pulled up, pressed = low) counted by an IRQ handler; the handler also
# toggles GPIO2 so the trace shows when it ran.
from machine import Pin
import time
count = 0
led = Pin(2, Pin.OUT, value=0)
def pressed(p):
    global count
    count += 1
    led.value(not led.value())
button = Pin(0, Pin.IN, Pin.PULL_UP)
button.irq(pressed, Pin.IRQ_FALLING)
time.sleep_ms(450)
button.irq(None)
print("presses:", count)
