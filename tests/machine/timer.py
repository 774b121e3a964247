# expected output written by hand (MicroPython-only API)
# machine.Timer(-1): periodic and one-shot callbacks run by the VM, not in the interrupt
from machine import Timer
import time

ticks = []
def tick(t):
    ticks.append(time.ticks_ms())
t = Timer(-1)
print(t)
t.init(period=20, mode=Timer.PERIODIC, callback=tick)
print(t)
time.sleep_ms(205)
t.deinit()
n = len(ticks)
print("periodic calls:", 9 <= n <= 11)
gaps = [time.ticks_diff(b, a) for a, b in zip(ticks, ticks[1:])]
print("period ~20 ms:", 15 <= sum(gaps) / len(gaps) <= 25)
time.sleep_ms(50)
print("stopped:", len(ticks) == n)

shots = []
t2 = Timer(-1, mode=Timer.ONE_SHOT, period=10, callback=lambda t: shots.append(t))
time.sleep_ms(60)
print("one shot:", len(shots), shots[0] is t2, t2)

# freq= instead of period=
f = []
t3 = Timer(-1)
t3.init(freq=100, callback=lambda t: f.append(1))
time.sleep_ms(105)
t3.deinit()
print("freq calls:", 8 <= len(f) <= 11)

# a callback may allocate and raise: the exception surfaces in the running code
def bad(t):
    s = "x" * 100
    raise ValueError("from the callback " + str(len(s)))
t4 = Timer(-1, mode=Timer.ONE_SHOT, period=5, callback=bad)
try:
    time.sleep_ms(50)
    print("not raised")
except ValueError as e:
    print("caught:", e)

# the callback sees its own timer and may stop it
count = [0]
def stop_after_3(t):
    count[0] += 1
    if count[0] == 3:
        t.deinit()
t5 = Timer(-1, period=5, callback=stop_after_3)
time.sleep_ms(80)
print("stopped itself after", count[0], t5)

# a busy loop gets the callbacks too (between instructions)
hits = [0]
t6 = Timer(-1, period=10, callback=lambda t: hits.__setitem__(0, hits[0] + 1))
start = time.ticks_ms()
while hits[0] < 3:
    pass
t6.deinit()
print("busy loop saw 3 calls:", time.ticks_diff(time.ticks_ms(), start) < 1000)

for kw in ({"mode": 5, "period": 10}, {"period": 0}, {"period": -5}, {"freq": 0}, {"freq": 20000}, {}):
    try:
        Timer(-1).init(**kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    Timer(0)
except ValueError as e:
    print("ValueError:", e)
try:
    Timer(-1, period=10, callback=3)
except TypeError as e:
    print("TypeError:", e)
many = []
try:
    for i in range(9):
        many.append(Timer(-1, period=1000, callback=None))
except RuntimeError as e:
    print("RuntimeError:", e, len(many))
for m in many:
    m.deinit()
print(Timer.ONE_SHOT, Timer.PERIODIC)
