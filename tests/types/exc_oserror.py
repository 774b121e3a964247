# OSError: errno, strerror, filename, args, subclass selection by errno
import errno
e = OSError(errno.ENOENT, "No such file or directory")
print(e.errno == errno.ENOENT, e.strerror, e.filename, e.args[1], len(e.args))
print(type(e).__name__, str(e) == "[Errno %d] No such file or directory" % errno.ENOENT)
e2 = OSError("just a message")
print(e2.errno, e2.strerror, e2.args, str(e2))
e3 = OSError(errno.EEXIST, "File exists", "path.txt")
print(e3.filename, type(e3).__name__, str(e3) == "[Errno %d] File exists: 'path.txt'" % errno.EEXIST)
print(type(OSError(errno.EACCES, "x")).__name__, type(OSError(errno.EISDIR, "x")).__name__, type(OSError(errno.ENOTDIR, "x")).__name__)
print(OSError() .errno, OSError().args, repr(OSError()))
try:
    open("definitely_missing_file_1234.txt")
except OSError as err:
    print(type(err).__name__, err.errno == errno.ENOENT, err.filename, isinstance(err, FileNotFoundError))
try:
    raise OSError(errno.EINVAL, "Invalid argument")
except OSError as err:
    print(err.errno == errno.EINVAL, err.strerror, err.args == (errno.EINVAL, "Invalid argument"))
try:
    raise FileExistsError(errno.EEXIST, "exists")
except OSError as err:
    print(type(err).__name__, err.errno == errno.EEXIST, err.strerror)

class MyOSError(OSError):
    pass

m = MyOSError(5, "custom")
print(m.errno, m.strerror, isinstance(m, OSError))
print(IOError is OSError, issubclass(FileNotFoundError, OSError))
import os
try:
    os.rmdir("no_such_dir_98765")
except OSError as err:
    print(type(err).__name__, err.errno == errno.ENOENT)
try:
    os.listdir("no_such_dir_98765")
except OSError as err:
    print(type(err).__name__, err.errno == errno.ENOENT, err.args[0] == errno.ENOENT)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST])
