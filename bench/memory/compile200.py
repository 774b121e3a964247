# Heap the compiler needs for a 200-line module (module200.py): run with -X peakheap, on the
# board's word size under QEMU:
#   ports/qemu/run.sh build/lx106/espy.elf -X peakheap bench/memory/compile200.py
# The source is read first; the peak printed at exit is the compile on top of that.
import gc

with open("module200.py") as f:
    src = f.read()
gc.collect()
base = gc.mem_alloc()
code = compile(src, "module200.py", "exec")
gc.collect()
print("source", len(src), "bytes; heap in use before compiling", base, "bytes; after (code kept)", gc.mem_alloc())
