# Set and dict comprehensions.

print(sorted({x % 5 for x in range(20)}))
print({x for x in range(3)} == {0, 1, 2})
s = {c for c in "mississippi"}
print(sorted(s), len(s))
print(sorted({(x, y) for x in range(2) for y in range(2) if x != y}))
print({n * n for n in range(-3, 4)} == {0, 1, 4, 9})

d = {k: k * k for k in range(5)}
print(d)
print({v: k for k, v in d.items()})
print({w: len(w) for w in "one two three two".split()})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({i % 3: i for i in range(10)})       # later values win, first key position kept
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})
print({k: [] for k in "xy"})
inv = {"a": 1, "b": 2, "c": 1}
grouped = {v: sorted(k for k in inv if inv[k] == v) for v in sorted(set(inv.values()))}
print(grouped)

# key and value evaluation order: key first (since 3.8)
log = []

def key(k):
    log.append("key %s" % k)
    return k

def val(v):
    log.append("val %s" % v)
    return v

print({key(i): val(i) for i in range(2)})
print(log)

# unhashable keys raise
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print("TypeError", e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print("TypeError", e)

# nested dict comprehension
print({r: {c: r * c for c in range(3)} for r in range(2)})
print(len({i: i for i in range(100)}), sum({i: i for i in range(100)}))
