# memoryview over a bytearray as a writable window: item and slice assignment, errors
buf = bytearray(12)
mv = memoryview(buf)
mv[0] = 0xAA
mv[1:4] = b"hdr"
mv[4:8] = bytearray([1, 2, 3, 4])
mv[-4:] = memoryview(b"tail")
print(buf, len(mv), mv[0], mv[-1], bytes(mv[1:4]))

# a sub-view writes through to the same buffer
payload = mv[4:8]
payload[0:2] = b"\xff\xfe"
payload[3] = 9
print(buf[4:8], bytes(payload), payload.tobytes(), len(payload))

# filling a buffer chunk by chunk, as a receive loop does
out = bytearray(10)
view = memoryview(out)
pos = 0
for chunk in (b"abc", b"", b"defg", b"hij"):
    view[pos:pos + len(chunk)] = chunk
    pos += len(chunk)
print(out, pos)

# errors
tests = [
    ("size mismatch", lambda: mv.__setitem__(slice(0, 2), b"x")),
    ("str", lambda: mv.__setitem__(slice(0, 2), "ab")),
    ("read-only item", lambda: memoryview(b"ab").__setitem__(0, 1)),
    ("read-only slice", lambda: memoryview(b"ab").__setitem__(slice(0, 1), b"x")),
    ("delete item", lambda: mv.__delitem__(0)),
    ("delete slice", lambda: mv.__delitem__(slice(0, 2))),
    ("index", lambda: mv[12]),
]
for name, f in tests:
    try:
        f()
        print(name, "no error")
    except (ValueError, TypeError, IndexError) as e:
        print(name, type(e).__name__, e)
try:
    mv[0:2] = b"xyz"
except ValueError as e:
    print("ValueError", e)
try:
    del mv[1:3]
except TypeError as e:
    print("TypeError", e)
print(buf)
