# __debug__ is True when assertions are enabled (the normal mode).

print(__debug__, type(__debug__).__name__)

if __debug__:
    print("debug branch runs")
else:
    print("optimised branch")

def checked(v):
    if __debug__:
        if v < 0:
            return "negative rejected in debug mode"
    return v

print(checked(-1), checked(3))

# assert runs because __debug__ is true
try:
    assert False, "asserts are on"
except AssertionError as e:
    print("AssertionError", e)

print(not __debug__, __debug__ and "and works", __debug__ or "unused")
