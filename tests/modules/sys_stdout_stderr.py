# sys.stdout / sys.stderr: write returns the count, redirection of print to replaced streams
import sys
import io
n = sys.stdout.write("written directly\n")
print(n)
print(sys.stdout.write(""), sys.stdout.write("é€\n"))
saved_err = sys.stderr
sys.stderr = io.StringIO()
print(sys.stderr.write("to the replaced stderr\n"))
print("err", 1, file=sys.stderr)
captured = sys.stderr.getvalue()
sys.stderr = saved_err
print(repr(captured), sys.stderr is saved_err, sys.stderr is not sys.stdout)
saved = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2)
sys.stdout.write("raw\n")
sys.stdout = saved
print(repr(buf.getvalue()))
print(sys.stdout is saved, hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"))

class Upper:
    def __init__(self, target):
        self.target = target
    def write(self, s):
        return self.target.write(s.upper())
    def flush(self):
        pass

sys.stdout = Upper(saved)
print("shouted through a wrapper")
sys.stdout = saved
print("back to normal")
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", type(e).__name__)
sys.stdout.flush()
lines = ["a\n", "b\n"]
for line in lines:
    sys.stdout.write(line)
print(end="")
print("done")
