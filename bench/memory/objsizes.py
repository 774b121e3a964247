# Heap bytes taken by one object of each common kind, measured with gc.mem_alloc() over 100
# of them (the list that keeps them is allocated beforehand).  Run on the board's word size:
#   ports/qemu/run.sh build/lx106/espy.elf bench/memory/objsizes.py
import gc

N = 100


def total(make):
    keep = [None] * N
    gc.collect()
    before = gc.mem_alloc()
    for i in range(N):
        keep[i] = make(i)
    gc.collect()
    return gc.mem_alloc() - before


def size(make):
    # less what the same loop keeps when it makes nothing (None)
    return round((total(make) - total(lambda i: None)) / N)


class Point:
    def __init__(self):
        self.x = 1
        self.y = 2
        self.z = 3


def closure(i):
    def inner():
        return i
    return inner


print("empty list", size(lambda i: []))
print("3-tuple", size(lambda i: (i, 2, 3)))
print("dict of 2", size(lambda i: {"a": i, "b": 2}))
print("instance with 3 attributes", size(lambda i: Point()))
print("float", size(lambda i: i * 0.5))
print("closure", size(closure))
print("big int (2**64)", size(lambda i: 2 ** 64 + i))
print("str of 10 chars", size(lambda i: "abcdefghi" + str(i % 10)))
