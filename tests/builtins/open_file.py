# open(): write, read, append, binary, text iteration, context manager, errors
import os
name = "open_file_scratch.tmp"
with open(name, "w") as f:
    print(f.write("line one\n"), f.write("line two\n"), f.write("é€\n"))
with open(name) as f:
    print(repr(f.read()))
with open(name, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(name) as f:
    print([line.rstrip("\n") for line in f])
with open(name) as f:
    print(f.readlines())
with open(name, "a") as f:
    f.write("appended")
with open(name, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(name, "wb") as f:
    print(f.write(b"\x00\x01binary\xff"))
with open(name, "rb") as f:
    print(f.read(3), f.read(), f.read())
f = open(name, "w")
print(f.closed, f.write("x" * 10))
f.close()
print(f.closed, os.stat(name)[6])
try:
    f.write("after close")
except ValueError as e:
    print("ValueError", e)
with open(name, "w") as f:
    print("via print", 42, file=f)
    print("second", end="!", file=f)
with open(name) as f:
    print(repr(f.read(4)), repr(f.read()))
with open(name, "r+") as f:
    f.write("VIA")
with open(name) as f:
    print(f.read())
try:
    open("no_such_dir_zz/file.txt")
except OSError as e:
    print(type(e).__name__, isinstance(e, FileNotFoundError))
try:
    open(name, "rz")
except ValueError as e:
    print("ValueError", type(e).__name__)
try:
    with open(name, "rb") as f:
        f.write(b"no")
except OSError as e:
    print("OSError subclass", isinstance(e, OSError))
try:
    with open(name, "w") as f:
        f.write(b"bytes to text")
except TypeError as e:
    print("TypeError", e)
os.remove(name)
print(name in os.listdir("."))
