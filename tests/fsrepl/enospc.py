# expected output written by hand (MicroPython-only behaviour): enospc.board
# A full filesystem on the board: write() raises OSError(ENOSPC) and nothing is lost.
# Run on the board by tests/fsrepl/run.sh (MicroPython's errno numbers; no CPython output:
# a host disk does not fill up on cue).
import os, errno

with open("keep.txt", "w") as f:
    f.write("precious " * 20)
free0 = os.statvfs("/")[3]
chunk = b"\xa5" * 1000
n = 0
try:
    with open("fill.bin", "wb") as f:
        while True:
            f.write(chunk)
            n += 1
except OSError as e:
    print("full:", e.errno == errno.ENOSPC, e)
size = os.stat("fill.bin")[6]
print("kept what was accepted:", n * 1000 <= size < (n + 1) * 1000)
good = 0
with open("fill.bin", "rb") as f:
    while True:
        data = f.read(1000)
        if not data:
            break
        good += len(data) if data == chunk[:len(data)] else 0
print("contents intact:", good == size)
print("keep.txt intact:", open("keep.txt").read() == "precious " * 20)
try:
    with open("more.txt", "w") as f:
        f.write("x" * 5000)
except OSError as e:
    print("still full:", e.errno)
if "more.txt" in os.listdir():
    os.remove("more.txt")
os.rename("keep.txt", "kept.txt")
os.remove("fill.bin")
print("space back:", os.statvfs("/")[3] >= free0)
with open("after.txt", "w") as f:
    f.write("works again")
print(open("after.txt").read(), open("kept.txt").read()[:8])
os.remove("after.txt")
os.remove("kept.txt")
