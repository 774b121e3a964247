# os.stat: size (index 6 / st_size) and the directory bit of the mode; removing scratch files
import os
name = "os_stat_scratch.bin"
dname = "os_stat_scratch_dir"
with open(name, "wb") as f:
    f.write(bytes(123))
st = os.stat(name)
print(st[6], st.st_size, st[6] == st.st_size, len(tuple(st)) >= 10)
print(st[0] & 0o170000 == 0o100000, st[0] & 0o040000 == 0)
os.mkdir(dname)
sd = os.stat(dname)
print(sd[0] & 0o170000 == 0o040000, sd[0] & 0o040000 != 0)
with open(name, "ab") as f:
    f.write(b"xyz")
print(os.stat(name)[6])
with open(name, "w") as f:
    pass
print(os.stat(name)[6])
with open(name, "w") as f:
    f.write("é" * 10)
print(os.stat(name)[6])
try:
    os.stat("no_such_file_for_stat.txt")
except OSError as e:
    print(type(e).__name__, isinstance(e, FileNotFoundError))
for item in (name, dname):
    s = os.stat(item)
    kind = "dir" if s[0] & 0o040000 else "file"
    print(item, kind)
os.remove(name)
os.rmdir(dname)
print(name in os.listdir("."), dname in os.listdir("."))
try:
    os.stat(name)
except OSError as e:
    print(type(e).__name__)
try:
    os.stat(5.5)
except TypeError as e:
    print("TypeError", type(e).__name__)
