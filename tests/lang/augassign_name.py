# Augmented assignment to names, with every operator.

x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xff; print(x)
x |= 0x100; print(x)
x ^= 0x1ff; print(x)
x /= 4; print(x)

f = 1.5
f *= 2; print(f)
f **= 0.5; print(f)

s = "ab"
s += "cd"; print(s)
s *= 2; print(s)

# list += extends in place: aliases see it
L = [1]
alias = L
L += [2, 3]
print(L, alias, L is alias)
L += (4,)
L += "xy"
print(alias)
L *= 2
print(alias)

# tuple += creates a new object
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)

# int augmented assignment rebinds, alias unchanged
n = 1
m = n
n += 1
print(n, m)

# big results
big = 1
for i in range(5):
    big *= 10 ** 10
print(big)
big -= 1
print(big)

# errors leave the name unchanged
y = 3
try:
    y += "a"
except TypeError as e:
    print("TypeError", e)
print(y)
try:
    y //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(y)

# augmented assignment to an unbound local
def f():
    try:
        z += 1
    except UnboundLocalError:
        print("UnboundLocalError")
    z = 0

f()

# augmented assignment to a global from a function
counter = 0

def bump():
    global counter
    counter += 1

bump(); bump()
print(counter)
