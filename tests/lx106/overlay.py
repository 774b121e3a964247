# The QEMU build's files: an ffs in RAM over the host directory (docs/lx106.md "Files").
# tests/lx106/core.sh runs this in a scratch host directory holding data.txt ("host data\n"),
# mod.py ("X = 1\n"), sub/inner.txt ("inner\n"), sub/deeper/x.txt ("xyz\n") and this file,
# and checks afterwards that the host directory did not change.  Expected output: overlay.exp,
# written by hand from the rules in ports/qemu/port.c (CPython in a writable directory differs
# where the host is read-only: EROFS, and ".." of the top).
import os


def err(f):
    try:
        f()
        return "ok"
    except OSError as e:
        return type(e).__name__ + " " + str(e.errno)


# reading and importing come from the host
print(sorted(os.listdir()), os.getcwd())
print(repr(open("data.txt").read()), os.stat("data.txt")[6], os.stat("sub")[0] & 0o040000 != 0)
import mod
print(mod.X)

# names only the host has: no O_EXCL create, no writing a directory, no remove/rmdir/rename
print(err(lambda: open("mod.py", "x")), err(lambda: os.mkdir("sub")), err(lambda: open("sub", "w")),
      err(lambda: open("sub/deeper", "a")))
print(err(lambda: os.remove("data.txt")), err(lambda: os.rmdir("sub/deeper")), err(lambda: os.rename("mod.py", "m2.py")))
print(err(lambda: os.remove("nothing.txt")), err(lambda: os.stat("sub/deeper/x.txt/no")),
      err(lambda: os.listdir("data.txt")), err(lambda: os.listdir("no_dir")))
print(err(lambda: open("sub")), err(lambda: os.statvfs("no_dir")), err(lambda: os.chdir("data.txt")))

# writing a host file in place copies it into ffs first; truncating does not
with open("data.txt", "a") as f:
    f.write("more\n")
print(repr(open("data.txt").read()), os.stat("data.txt")[6])
with open("mod.py", "w") as f:
    f.write("X = 2\n")
print(repr(open("mod.py").read()))
with open("sub/inner.txt", "r+") as f:
    f.write("IN")
print(repr(open("sub/inner.txt").read()))

# a new name under a host directory: the directories above it are made in ffs
with open("sub/deeper/new.txt", "w") as f:
    f.write("new")
print(sorted(os.listdir("sub")), sorted(os.listdir("sub/deeper")))
print(sorted(os.listdir()) == sorted(os.listdir("/")) == sorted(os.listdir("..")))
print(err(lambda: os.remove("data.txt")), err(lambda: open("mod.py", "x")))

# what ffs alone has can be renamed and removed
os.rename("sub/deeper/new.txt", "sub/moved.txt")
print(sorted(os.listdir("sub")), open("sub/moved.txt").read())
os.remove("sub/moved.txt")
print(sorted(os.listdir("sub")), err(lambda: os.stat("sub/moved.txt")))
os.mkdir("made")
os.mkdir("made/inside")
print(sorted(os.listdir()), os.listdir("made"))
os.rmdir("made/inside")
os.rmdir("made")
print("made" in os.listdir())

# chdir into a host directory; relative names follow
os.chdir("sub/deeper")
print(os.getcwd(), sorted(os.listdir()), repr(open("x.txt").read()), repr(open("../inner.txt").read()))
os.chdir("../..")
print(os.getcwd())

# host and ffs files open at once, read interleaved; seek and tell on both
a = open("sub/deeper/x.txt", "rb")
b = open("data.txt", "rb")
c = open("overlay.py", "rb")
print(a.read(2), b.read(4), c.read(1), a.read(), b.seek(0, 2), a.seek(1), a.read(), a.tell())
for f in (a, b, c):
    f.close()
print(len(os.statvfs("sub")), os.statvfs("sub") == os.statvfs("/"))
