# Format specifications in f-strings (the same mini-language as format()).

n = 42
x = 3.14159
s = "text"
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}] [{n:+}] [{-n:+}] [{n: }]")
print(f"[{s:8}] [{s:>8}] [{s:^8}] [{s:*^9}] [{s:.2}] [{s:-<6.3}]")
print(f"[{x:.2f}] [{x:8.3f}] [{x:<8.1f}] [{x:+.0f}] [{x:e}] [{x:.2E}] [{x:g}] [{x:%}]")
print(f"[{n:x}] [{n:X}] [{n:o}] [{n:b}] [{n:#x}] [{n:#o}] [{n:#b}] [{n:c}] [{n:d}]")
print(f"[{1234567:,}] [{1234567:_}] [{1234567.891:,.2f}] [{0xffffffff:_x}] [{-1234:,}]")
print(f"[{255:08b}] [{255:#010x}] [{-255:#x}] [{-5:05}] [{5:=+6}] [{-5:=6}]")
print(f"[{0.5:.0f}] [{1.5:.0f}] [{2.5:.0f}] [{0.125:.2f}] [{0.375:.2f}] [{2.675:.2f}]")
print(f"[{1e-7:f}] [{1e-7:g}] [{1e16:g}] [{123456789.0:g}] [{1e100:.3e}] [{0.0:e}]")
print(f"[{float('inf'):f}] [{float('-inf'):8}] [{float('nan'):f}] [{-0.0:f}] [{-0.0:+}]")
print(f"[{12.0:g}] [{12.5:g}] [{0.0001:g}] [{0.00001:g}] [{1234567.0:.3g}] [{100:g}]")
print(f"[{0.25:.1%}] [{1:.2%}] [{n:.2f}] [{n:e}] [{True:d}] [{True}] [{False:>6}]")
print(f"[{10 ** 20:,}] [{2 ** 64:x}] [{-(2 ** 40):b}]")
print(f"[{'':>3}] [{'abc':0}] [{'left':<2}]")
print(f"[{7:#x}] [{x!r:>10}] [{-7:#b}] [{7:#X}]")
print(f"[{x:10.4}] [{x:.1}] [{100.0:.2}] [{1e5:.3}]")

# format() and str.format share the spec
print(format(n, "^7"), format(x, ".3f"), format("s", ">3"), format(n), format(x, ""))
print("{:>6}|{:<6}|{:^6}".format("a", "b", "c"))
print("{0:x} {0:o} {1:.1f}".format(n, x))

# invalid specs raise ValueError
for spec in ("d", "x"):
    try:
        format(1.5, spec)
    except ValueError as e:
        print("ValueError", e)
try:
    format("str", "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(5, ".2s")
except ValueError as e:
    print("ValueError", type(e).__name__)
