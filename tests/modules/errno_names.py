# errno's constants found by their text: dir(), __dict__, import *, getattr of odd names
import errno
names = [n for n in dir(errno) if n.startswith("E")]
print(len(names) >= 120, "errorcode" in dir(errno), "EPERM" in names, "EWOULDBLOCK" in names)
print(all(getattr(errno, n) == errno.__dict__[n] for n in names))
print(hasattr(errno, "ENOENT"), hasattr(errno, "ENOENTX"), hasattr(errno, "ENOEN"), hasattr(errno, "E"))
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.EDEADLK == errno.EDEADLOCK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLOCK], errno.errorcode[errno.ENOTSUP])
print(errno.errorcode[errno.EHOSTUNREACH], errno.errorcode[errno.E2BIG], errno.errorcode[errno.EXFULL])
print(sorted(set(errno.errorcode.values())) == sorted(errno.errorcode.values()))
print(all(errno.errorcode[getattr(errno, n)] in names for n in names))
ns = {}
exec("from errno import *", ns)
print(ns["EINVAL"] == errno.EINVAL, ns["EXDEV"] == 18, "errorcode" in ns)
errno.EMYOWN = 1234
print(errno.EMYOWN, "EMYOWN" in dir(errno))
del errno.EMYOWN
print(hasattr(errno, "EMYOWN"))
errno.ENOENT = 99
print(errno.ENOENT)
for n in ("ETIMEDOUT", "ECONNRESET", "EADDRINUSE", "ENOSPC", "EROFS"):
    print(n, getattr(errno, n))
try:
    errno.ENOPE
except AttributeError as e:
    print(e)
