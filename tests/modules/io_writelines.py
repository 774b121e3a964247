# writelines on StringIO and BytesIO (files share the code): no separators added, any
# iterable of str/bytes
import io
rows = [("id", "name"), (1, "ann"), (2, "bob")]
out = io.StringIO()
out.writelines(",".join(map(str, r)) + "\n" for r in rows)
out.writelines([])
out.writelines(["no", "-", "newline"])
print(repr(out.getvalue()))
b = io.BytesIO()
b.writelines([b"\x01\x02", bytearray(b"\x03"), b""])
print(b.getvalue(), b.tell())
try:
    io.StringIO().writelines([1])
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    io.StringIO().writelines(5)
except TypeError as e:
    print("TypeError", e)


# a file-like class of our own gets the same calls from print(file=...)
class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
r = Recorder()
print("a", 1, sep="|", file=r)
print(r.parts)
