# expected output written by hand (MicroPython-only API)
# machine.PWM in software: settings, ranges, errors
from machine import Pin, PWM

pwm = PWM(Pin(2))
print(pwm, pwm.freq(), pwm.duty())
pwm.freq(1000)
pwm.duty(100)
print(pwm, pwm.freq(), pwm.duty())
pwm.init(freq=50, duty=1023)
print(pwm)
pwm.duty(0)
print(pwm.duty())
pwm.deinit()
print(pwm)
p2 = PWM(4, freq=1, duty=0)
print(p2)
p2.deinit()
for kw in ({"freq": 0}, {"freq": 1001}, {"duty": -1}, {"duty": 1024}):
    try:
        PWM(Pin(5), **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    PWM(Pin(9))
except ValueError as e:
    print("ValueError:", e)
try:
    PWM()
except TypeError as e:
    print("TypeError:", e)
