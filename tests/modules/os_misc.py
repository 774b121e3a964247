# os.uname, os.urandom, os.sep, os.getcwd: types and lengths only
import os
u = os.uname()
print(len(u) >= 5, all(isinstance(x, str) for x in u), isinstance(u.sysname, str), isinstance(u.machine, str))
for n in (0, 1, 16, 32, 100):
    r = os.urandom(n)
    print(n, type(r).__name__, len(r))
print(os.urandom(16) != os.urandom(16))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", type(e).__name__)
print(os.sep, type(os.getcwd()).__name__, len(os.getcwd()) > 0)
print(isinstance(os.listdir("."), list), callable(os.remove), callable(os.rename), callable(os.mkdir))
print(hasattr(os, "stat"), hasattr(os, "rmdir"), hasattr(os, "chdir"), hasattr(os, "listdir"))
data = os.urandom(64)
print(all(0 <= b <= 255 for b in data), isinstance(data[0], int))
counts = [0] * 2
for b in os.urandom(200):
    counts[b & 1] += 1
print(counts[0] > 40, counts[1] > 40)
print(type(os.getcwd()) is str, os.getcwd() == os.getcwd())
print(isinstance(os.uname().nodename, str), isinstance(os.uname().version, str))
print(len(set(os.urandom(1)[0] for _ in range(100))) > 10)
print(os.urandom(3).__class__.__name__, len(os.urandom(255)))
print(os.uname().sysname == os.uname()[0], os.uname().release == os.uname()[2])
print("done")
