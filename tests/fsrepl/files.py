# Files and directories through open() and os, as a program sees them on the board
# (tests/fsrepl/run.sh runs it there with `espy fs run`).  files.exp is CPython's output, made
# in an empty scratch directory: cd "$(mktemp -d)" && python3 .../files.py > .../files.exp
import os

D = "ftest"
os.mkdir(D)
os.chdir(D)
print(os.getcwd().endswith("/" + D))

with open("a.txt", "w") as f:
    print(f.write("line one\nline two\n"), f.writable(), f.readable())
    f.write("third")
print(f.closed)
with open("a.txt") as f:
    print(repr(f.read()))
with open("a.txt") as f:
    print(repr(f.readline()), f.tell())
    print(f.readlines())
with open("a.txt") as f:
    print([len(line) for line in f])
with open("a.txt", "a") as f:
    f.write("+more")
with open("a.txt") as f:
    print(f.read()[-10:])

with open("b.bin", "wb") as f:
    print(f.write(bytes(range(256)) * 4))
with open("b.bin", "rb") as f:
    print(len(f.read()), f.tell())
    f.seek(250)
    print(f.read(10))
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(0)
    print(f.read(3), f.tell())
with open("b.bin", "r+b") as f:
    f.seek(2)
    f.write(b"XY")
    f.seek(0)
    print(f.read(5))
with open("b.bin", "ab") as f:
    f.write(b"tail")
with open("c.txt", "w+") as f:
    f.write("hello")
    f.seek(0)
    print(f.read())
with open("x.txt", "x") as f:
    f.write("exclusive")

print(sorted(os.listdir()))
print(os.stat("b.bin")[6], os.stat("a.txt")[6], os.stat("x.txt")[6])
print(os.stat(".")[0] & 0o170000 == 0o040000, os.stat("a.txt")[0] & 0o170000 == 0o100000)
os.rename("c.txt", "d.txt")
os.rename("d.txt", "x.txt")
os.mkdir("sub")
with open("sub/in.txt", "w") as f:
    f.write("inside")
os.chdir("sub")
print(open("../x.txt").read(), open("in.txt").read())
os.chdir("..")
print(sorted(os.listdir()), os.listdir("sub"), [n for n in os.listdir(".") if n == "sub"])


def err(fn, *args):
    try:
        fn(*args)
        print("no error")
    except OSError as e:
        print(type(e).__name__, e.errno, e)


err(open, "nope")
err(open, "nope/x", "w")
err(open, "sub")
err(open, "x.txt", "x")
err(os.remove, "nope")
err(os.remove, "sub")
err(os.rmdir, "sub")
err(os.rmdir, "a.txt")
err(os.mkdir, "sub")
err(os.stat, "nope")
err(os.chdir, "nope")
err(os.chdir, "a.txt")
err(os.listdir, "nope")
err(os.rename, "nope", "other")
err(open, "n" * 300, "w")
err(os.mkdir, "m" * 300)

os.remove("sub/in.txt")
os.rmdir("sub")
for name in sorted(os.listdir()):
    os.remove(name)
os.chdir("..")
os.rmdir(D)
print(D in os.listdir())
