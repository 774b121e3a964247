# machine.Signal and machine.time_pulse_us on the emulated board.  An active-low LED on GPIO2
# driven through an inverted Signal (the trace shows the pin's levels); pulses on GPIO0
# scripted by the pins file (an HC-SR04's echo, say) measured with time_pulse_us, and both
# timeouts.  A software PWM on GPIO4 runs during the waits: its edges in the trace show that
# interrupts stay enabled while time_pulse_us waits; a Ctrl-C ends a long wait.
from machine import Pin, Signal, PWM, time_pulse_us
import time

led = Signal(2, Pin.OUT, value=0, invert=True)   # inactive: GPIO2 high
led.on()                                         # GPIO2 low
led.off()                                        # high
led.on()                                         # low
print("signal", led.value(), Pin(2).value())

echo = Pin(0, Pin.IN)
high = time_pulse_us(echo, 1, 500000)     # waits for the 1500 us pulse at 200 ms
pwm = PWM(Pin(4), freq=1000, duty=512)
none = time_pulse_us(echo, 1, 10000)      # low until 300 ms: -2 after 10 ms
led.off()                                 # marks the start of the next wait in the trace
long = time_pulse_us(echo, 0, 50000)      # low now, for longer than 50 ms: -1
led.on()                                  # marks its end
pwm.deinit()
time.sleep_ms(60)
low = time_pulse_us(echo, 0, 200000)      # high now; waits for the 2500 us low at 400 ms
print("pulse", high, none, long, low)
# GPIO0 stays high now: a Ctrl-C at 500 ms ends a 10 s wait for a low (the loop's next check
# raises KeyboardInterrupt)
t0 = time.ticks_ms()
try:
    while True:
        time_pulse_us(echo, 0, 10000000)
except KeyboardInterrupt:
    print("ctrl-c ended the wait:", time.ticks_diff(time.ticks_ms(), t0) < 1000)
