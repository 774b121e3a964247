# expected output written by hand (MicroPython-only API)
# os.ilistdir tuples and os.statvfs: only shapes and types are printed
import os
d = "ilistdir_scratch"
os.mkdir(d)
with open(d + "/file.txt", "w") as f:
    f.write("12345")
os.mkdir(d + "/inner")
entries = sorted(os.ilistdir(d))
for e in entries:
    print(e[0], len(e) in (3, 4), e[1] == 0x8000 or e[1] == 0x4000, e[1] == 0x4000 and e[0] == "inner" or e[1] == 0x8000 and e[0] == "file.txt")
print(len(entries))
s = os.statvfs("/")
print(len(s), all(isinstance(x, int) for x in s))
print(s[0] > 0, s[2] >= s[3] >= 0)
os.remove(d + "/file.txt")
os.rmdir(d + "/inner")
os.rmdir(d)
print(d in os.listdir("."))
print(type(os.ilistdir(".")).__name__ != "list")
for name, kind, inode, *rest in os.ilistdir("."):
    if name == "os_ilistdir_statvfs.py":
        print(name, kind == 0x8000)
print("done")
