# writelines on files, StringIO and BytesIO: no separators added, any iterable of str/bytes
import io, os
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

name = "io_writelines_scratch.txt"
with open(name, "w") as f:
    f.write("header\n")
    f.writelines("line %d\n" % i for i in range(3))
    print("footer", file=f)
with open(name) as f:
    print([line.rstrip() for line in f])
with open(name, "wb") as f:
    f.writelines([b"ab", b"cd"])
with open(name, "rb") as f:
    print(f.read())
os.remove(name)
