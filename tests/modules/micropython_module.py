# expected output written by hand (MicroPython-only API)
# module micropython: const, opt_level, heap_lock/unlock, schedule, kbd_intr, info functions
import micropython
from micropython import const
X = const(10)
Y = const(X * 2 + 1)
print(X, Y, const(0x7f))
old = micropython.opt_level()
print(type(old).__name__)
micropython.opt_level(1)
print(micropython.opt_level())
micropython.opt_level(old)
micropython.heap_lock()
try:
    big = [0] * 100
    print("allocated while locked")
except MemoryError:
    print("MemoryError")
micropython.heap_unlock()
big = [0] * 100
print(len(big))
calls = []
def cb(arg):
    calls.append(arg)
micropython.schedule(cb, 42)
for _ in range(10):
    pass
print(calls in ([], [42]))
micropython.kbd_intr(-1)
micropython.kbd_intr(3)
print("kbd_intr ok")
print(callable(micropython.mem_info), callable(micropython.qstr_info))
print(type(micropython.stack_use()).__name__)
micropython.alloc_emergency_exception_buf(100)
print("emergency buf ok")
