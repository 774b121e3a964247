# The watchdog: fed, it waits; not fed, it resets the board, which then knows why.  RTC memory
# survives the reset.
import machine, time
if machine.reset_cause() == machine.WDT_RESET:
    print("reset by the watchdog; RTC memory:", machine.RTC().memory())
else:
    machine.RTC().memory(b"before the reset")
    w = machine.WDT(timeout=100)
    for i in range(4):
        time.sleep_ms(60)
        w.feed()
    print("fed 4 times")
    time.sleep_ms(300)
    print("not reached")
