# Conversions !r, !s and !a in f-strings, alone and with a format spec.

s = "quote'd"
u = "caf\u00e9"
n = 12
print(f"{s!r} {s!s} {s!a}")
print(f"{u!r} {u!s} {u!a}")
print(f"{n!r} {n!s} {n!a}")
print(f"{[s, u]!s} {[u]!a}")
print(f"{s!r:>12}|{n!r:<5}|{u!a:^12}|")
print(f"{None!r} {b'x'!r} {b'x'!s} {1.5!r}")

class C:
    def __repr__(self):
        return "C-repr"
    def __str__(self):
        return "C-str"
    def __format__(self, spec):
        return "C-format(" + spec + ")"

c = C()
print(f"{c} {c!s} {c!r} {c!a} {c:spec} {c!r:>8}")
print(format(c, "xyz"), format(c), str(c), repr(c))

# !s applies str() before the spec, so the string spec rules are used
print(f"{12!s:>5}|{12:>5}|{12!s:x>5}")
try:
    print(f"{12!s:d}")
except ValueError as e:
    print("ValueError", type(e).__name__)

# str.format supports the same conversions
print("{!r} {!s} {!a} {!r:>10}".format(u, u, u, u))
print("{0!r}/{0}".format("x"))

# repr of strings with special characters
tab = "tab\there"
print(f"{tab!r} {tab!s}")
print(f"{chr(0)!r} {chr(127)!r} {chr(160)!r} {chr(0x263a)!a}")
