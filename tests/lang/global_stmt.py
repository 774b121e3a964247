# global statements: reading, assigning, creating module names from functions.

count = 0

def inc():
    global count
    count += 1
    return count

inc(); inc()
print(count)

def make_new():
    global created
    created = "made in function"

make_new()
print(created)

def read_only():
    return count * 10   # reading needs no global statement

print(read_only())

def shadow():
    count = 99          # a local, the global is untouched
    return count

print(shadow(), count)

# global declared for several names
a = b = 0

def set_both():
    global a, b
    a, b = 1, 2

set_both()
print(a, b)

# global in a nested function refers to the module, skipping the enclosing function
x = "module x"

def outer():
    x = "outer x"
    def inner():
        global x
        x = "set by inner"
    inner()
    return x

print(outer(), "|", x)

# global used in a loop and in augmented assignment
total = 0

def add_all(items):
    global total
    for v in items:
        total += v

add_all([1, 2, 3])
add_all(range(4))
print(total)

# del of a global from a function
victim = 1

def kill():
    global victim
    del victim

kill()
print("victim" in globals())

# global statement in a class body
def cls_factory():
    class K:
        global from_class
        from_class = "set in class body"
    return K

cls_factory()
print(from_class)

# functions defined with the same name at module level replace each other
def f():
    return 1

def f():
    return 2

print(f())
