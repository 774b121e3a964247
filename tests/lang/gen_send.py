# generator.send(): passing values into a suspended generator.

def accumulator():
    total = 0
    while True:
        value = yield total
        print("received", value)
        if value is not None:
            total += value

acc = accumulator()
print(next(acc))              # start: runs to the first yield
print(acc.send(10))
print(acc.send(5))
print(next(acc))              # next() sends None
print(acc.send(-20))

# send to a just-started generator must be None
def g():
    x = yield 1
    yield x

gen = g()
try:
    gen.send("too early")
except TypeError as e:
    print("TypeError", e)
print(gen.send(None), gen.send("later"))

# send after exhaustion raises StopIteration
def one():
    v = yield "only"
    print("got", v)

o = one()
next(o)
try:
    o.send("final")
except StopIteration:
    print("StopIteration after last send")
try:
    o.send(1)
except StopIteration:
    print("StopIteration again")

# a coroutine-style parser fed one character at a time
def line_collector(out):
    line = ""
    while True:
        ch = yield
        if ch == "\n":
            out.append(line)
            line = ""
        else:
            line += ch

lines = []
lc = line_collector(lines)
next(lc)
for ch in "ab\ncd\n\nend":
    lc.send(ch)
print(lines)

# yield expression in different positions
def exprs():
    a = (yield "first") * 2
    b = [(yield "second"), (yield "third")]
    yield a, b

e = exprs()
print(next(e), e.send(21), e.send("x"), e.send("y"))

# a running average coroutine
def averager():
    total, n, avg = 0.0, 0, None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n

av = averager()
next(av)
print([av.send(v) for v in (10, 20, 60)])
