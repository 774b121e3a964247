# del of names: locals, globals, and what happens afterwards.

x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)

# del leaves the object alive when other names refer to it
a = [1, 2]
b = a
del a
print(b)

def local_del():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError:
        return "unbound"

print(local_del())

def del_unbound():
    try:
        del q
    except UnboundLocalError:
        print("UnboundLocalError")
    q = 1

del_unbound()

g = "global"

def del_global():
    global g
    del g

del_global()
try:
    g
except NameError as e:
    print("NameError", e)

try:
    del never_bound
except NameError as e:
    print("NameError", e)

# del of several names at once
p, q, r = 1, 2, 3
del p, q
print(r)
try:
    p
except NameError as e:
    print("NameError", e)

# a name can be rebound after del
z = 10
del z
z = 20
print(z)

# del inside a loop
for i in range(3):
    tmp = i * 2
    del tmp
print(i)

# del a loop variable after the loop
del i
try:
    i
except NameError as e:
    print("NameError", e)

# del of a name that a closure uses
def outer():
    v = "cell"
    def inner():
        return v
    print(inner())
    del v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ in ("NameError", "UnboundLocalError"))

outer()
