# os: mkdir, listdir, rename, remove, rmdir, getcwd, chdir on a scratch directory
import os
base = "os_scratch_dir"
start = os.getcwd()
print(type(start).__name__, base in os.listdir("."), base in os.listdir())
os.mkdir(base)
print(base in os.listdir("."), os.listdir(base))
for name in ("b.txt", "a.txt", "c.bin"):
    with open(base + "/" + name, "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(base)), type(os.listdir(base)[0]).__name__)
os.mkdir(base + "/sub")
print(sorted(os.listdir(base)))
os.rename(base + "/a.txt", base + "/renamed.txt")
print(sorted(os.listdir(base)))
with open(base + "/renamed.txt") as f:
    print(f.read())
os.chdir(base)
print(os.getcwd() != start, sorted(os.listdir()), sorted(os.listdir(".")))
os.rename("renamed.txt", "sub/moved.txt")
print(sorted(os.listdir("sub")))
os.chdir("..")
print(os.getcwd() == start)
try:
    os.mkdir(base)
except OSError as e:
    print(type(e).__name__, isinstance(e, FileExistsError))
try:
    os.rmdir(base)
except OSError as e:
    print("OSError on non-empty rmdir", isinstance(e, OSError))
try:
    os.remove(base + "/missing.txt")
except OSError as e:
    print(type(e).__name__, isinstance(e, FileNotFoundError))
try:
    os.listdir(base + "/nope")
except OSError as e:
    print(type(e).__name__)
try:
    os.chdir(base + "/nope")
except OSError as e:
    print(type(e).__name__)
os.remove(base + "/sub/moved.txt")
os.rmdir(base + "/sub")
for name in sorted(os.listdir(base)):
    os.remove(base + "/" + name)
print(os.listdir(base))
os.rmdir(base)
print(base in os.listdir("."))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__)
