# errno constants and errno.errorcode lookups
import errno
names = ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV", "ENOTDIR",
         "EISDIR", "EINVAL", "ENFILE", "EMFILE", "ENOSPC", "EROFS", "EPIPE", "ETIMEDOUT", "ECONNRESET", "EINPROGRESS"]
for n in names:
    v = getattr(errno, n)
    print(n, type(v).__name__, errno.errorcode[v] in (n, "EWOULDBLOCK") if n == "EAGAIN" else errno.errorcode[v] == n)
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EIO, errno.EPERM, errno.EBADF, errno.EACCES)
print(type(errno.errorcode).__name__, errno.ENOENT in errno.errorcode, -1 in errno.errorcode)
print(len(set(getattr(errno, n) for n in names)) == len(names))
try:
    errno.errorcode[100000]
except KeyError as e:
    print("KeyError", e)
try:
    errno.ENOTANERRNO
except AttributeError as e:
    print("AttributeError", type(e).__name__)
e = OSError(errno.ENOENT, "missing")
print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    open("nonexistent_errno_test_file.xyz")
except OSError as err:
    print(errno.errorcode[err.errno], err.errno == errno.ENOENT)
print(sorted(errno.errorcode[v] for v in (errno.ENOENT, errno.EEXIST, errno.EINVAL)))
print(all(isinstance(k, int) and isinstance(v, str) for k, v in list(errno.errorcode.items())[:20]))
