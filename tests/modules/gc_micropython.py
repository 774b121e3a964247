# expected output written by hand (MicroPython-only API)
# gc.mem_free / gc.mem_alloc / gc.threshold: only types and relations are printed
import gc
gc.collect()
free = gc.mem_free()
alloc = gc.mem_alloc()
print(type(free).__name__, type(alloc).__name__)
print(free > 0, alloc > 0)
data = [bytearray(100) for _ in range(10)]
alloc2 = gc.mem_alloc()
print(alloc2 > alloc)
del data
gc.collect()
print(gc.mem_alloc() < alloc2)
t = gc.threshold()
print(type(t).__name__)
gc.threshold(4096)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
print(gc.mem_free() + gc.mem_alloc() > 0)
