# gc: collect, enable/disable/isenabled; garbage is reclaimed and live data survives
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
r = gc.collect()
print(type(r).__name__, r >= 0)
keep = [list(range(10)) for _ in range(5)]
for i in range(200):
    tmp = [i] * 20
    tmp2 = {"k": tmp, "s": str(i) * 3}
gc.collect()
print(sum(sum(x) for x in keep), tmp[0], tmp2["s"])

class Node:
    def __init__(self):
        self.other = None

for _ in range(100):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
del a, b
gc.collect()
print("cycles collected without error")
gc.disable()
junk = [bytearray(50) for _ in range(20)]
del junk
gc.enable()
gc.collect()
print(gc.isenabled(), len(keep))
big = []
for i in range(50):
    big.append("x" * (i % 10))
    if i % 10 == 0:
        gc.collect()
print(len(big), big[-1])
try:
    gc.collect(1, 2, 3)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(gc.collect() >= 0)
