# Many exceptions raised and caught in loops: the handler state must not leak.

caught = 0
for i in range(500):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        elif i % 3 == 1:
            {}[i]
        else:
            [][i]
    except ValueError:
        caught += 1
    except KeyError:
        caught += 10
    except IndexError:
        caught += 100
print(caught)

# exceptions across function calls in a loop
def check(v):
    if v % 7 == 0:
        raise ArithmeticError("multiple of 7: %d" % v)
    return v

bad = []
good = 0
for v in range(1, 100):
    try:
        good += check(v)
    except ArithmeticError as e:
        bad.append(str(e).split(": ")[1])
print(good, bad)

# nested try in a loop with finally counting
finals = 0
errors = 0
for i in range(200):
    try:
        try:
            if i % 2:
                raise TypeError
        finally:
            finals += 1
    except TypeError:
        errors += 1
print(finals, errors)

# retry loop
attempts = []

def flaky(n):
    attempts.append(n)
    if n < 3:
        raise OSError("attempt %d failed" % n)
    return "succeeded on attempt %d" % n

for attempt in range(10):
    try:
        print(flaky(attempt))
        break
    except OSError as e:
        print("retrying:", e)
print(attempts)

# exceptions in a generator pipeline consumed in a loop
def numbers():
    for s in ["1", "2", "x", "4", "", "6"]:
        yield s

total = 0
skipped = []
for s in numbers():
    try:
        total += int(s)
    except ValueError:
        skipped.append(s)
print(total, skipped)

# a deep call stack unwound repeatedly
def dive(n):
    if n == 0:
        raise LookupError("bottom")
    return dive(n - 1)

count = 0
for _ in range(50):
    try:
        dive(20)
    except LookupError:
        count += 1
print(count)
