# return in finally overrides an earlier return and swallows exceptions;
# finally runs when try returns.

def f1():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(f1())

def f2():
    try:
        return "try"
    finally:
        return "finally"

print(f2())

def f3():
    try:
        raise ValueError("dropped")
    finally:
        return "swallowed"

print(f3())

def f4():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")

print(f4())

def f5():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"

print(f5())

# the value of return is computed before finally runs
def f6():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
        x = "rebound"

print(f6())

def f7():
    x = 10
    try:
        return x
    finally:
        x = 20

print(f7())

# nested finally blocks each run
def f8():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(f8())

# exception from finally replaces the return value
def f9():
    try:
        return 1
    finally:
        raise KeyError("from finally")

try:
    f9()
except KeyError as e:
    print("KeyError", e)

# return in finally of a generator ends it normally, dropping the exception
def g():
    try:
        yield 1
        raise ValueError("hidden")
    finally:
        return

print(list(g()))

# a counter showing how many times finally ran
calls = []

def f10(n):
    try:
        if n > 0:
            return f10(n - 1) + 1
        return 0
    finally:
        calls.append(n)

print(f10(3), calls)
