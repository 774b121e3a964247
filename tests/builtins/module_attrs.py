# Attributes of built-in modules: dir() and __dict__ list what the module computes (sys.argv,
# sys.path, errno.errorcode ...), and a program's own attributes can be set and deleted again.
import sys
import errno

names = dir(sys)
print([n for n in ("argv", "path", "modules", "stdout", "stderr", "stdin", "maxsize", "version_info",
                   "float_info", "implementation", "__stdout__") if n not in names])
print("errorcode" in dir(errno), errno.errorcode[errno.ENOENT])
d = sys.__dict__
print(d["maxsize"] == sys.maxsize, d["argv"] is sys.argv, d["path"] is sys.path)
sys.my_setting = 42
print(sys.my_setting, "my_setting" in dir(sys))
del sys.my_setting
print(hasattr(sys, "my_setting"), "my_setting" in dir(sys))
try:
    del sys.my_setting
except AttributeError:
    print("AttributeError on a second del")
errno.extra = "x"
del errno.extra
print(hasattr(errno, "extra"))
