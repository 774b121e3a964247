# expected output written by hand (MicroPython-only API)
# sys.print_exception(exc, file) writes a traceback; only the last line is checked here
import sys
import io
buf = io.StringIO()
try:
    raise ValueError("bad value")
except ValueError as e:
    sys.print_exception(e, buf)
text = buf.getvalue()
lines = text.strip().split("\n")
print(lines[0])
print(lines[-1])
buf = io.StringIO()
sys.print_exception(KeyError("k"), buf)
print(buf.getvalue().strip().split("\n")[-1])
buf = io.StringIO()
sys.print_exception(OSError(5, "EIO"), buf)
print(buf.getvalue().strip().split("\n")[-1])
buf = io.StringIO()
sys.print_exception(Exception(), buf)
print(buf.getvalue().strip().split("\n")[-1])
buf = io.StringIO()
try:
    1 / 0
except ZeroDivisionError as e:
    sys.print_exception(e, buf)
print(buf.getvalue().strip().split("\n")[-1])
print(callable(sys.print_exception))
print("done")
