# break and continue inside try/finally run the finally block first.

for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")

# break inside except
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        print("caught", e)
        if i == 1:
            break
    finally:
        print("cleanup", i)

# continue inside finally (allowed since 3.8)
for i in range(3):
    try:
        print("try", i)
    finally:
        if i < 2:
            continue
    print("end of body", i)

# break inside finally discards a pending exception
for i in range(2):
    try:
        raise KeyError("lost")
    finally:
        print("finally breaks")
        break
print("exception discarded")

# nested try/finally: every finally runs on the way out
def nested():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    break
                out.append("inner%d" % i)
            finally:
                out.append("f1-%d" % i)
        finally:
            out.append("f2-%d" % i)
    return out

print(nested())

# while loop with continue through finally
n = 0
log = []
while n < 4:
    n += 1
    try:
        if n % 2:
            continue
        log.append(n)
    finally:
        log.append("f")
print(log)

# with statement inside a loop with break
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit")
        return False

for i in range(3):
    with CM():
        if i == 1:
            print("break in with")
            break
        print("in with", i)
