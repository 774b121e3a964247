# return, break, continue and yield inside with blocks all go through __exit__.

log = []

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, typ, val, tb):
        log.append("exit " + self.name)
        return False

def ret():
    with CM("r"):
        return "returned"

print(ret(), log)

log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 0:
            continue
        if i == 1:
            break
print(log)

log.clear()
def gen():
    with CM("g"):
        yield 1
        yield 2
    log.append("after with in gen")

for v in gen():
    log.append("got %d" % v)
print(log)

# closing a suspended generator exits its with block
log.clear()
g = gen()
next(g)
g.close()
print(log)

# nested with and return from the innermost
log.clear()
def nested():
    with CM("outer"):
        with CM("inner"):
            return 5

print(nested(), log)

# the return value is computed before __exit__ runs
log.clear()
def value():
    with CM("v"):
        log.append("computing")
        return len(log)

print(value(), log)

# with inside try/finally and a loop with while
log.clear()
n = 0
while True:
    try:
        with CM("w%d" % n):
            n += 1
            if n == 2:
                break
    finally:
        log.append("finally %d" % n)
print(log)
