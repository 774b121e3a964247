# UnboundLocalError: a name assigned anywhere in a function is local everywhere in it.

x = "global"

def reads_then_assigns():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    x = "local"
    return x

print(reads_then_assigns())

def assign_in_branch(flag):
    if flag:
        y = "set"
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(assign_in_branch(True))
print(assign_in_branch(False))

# augmented assignment also makes the name local
counter = 0

def bump():
    try:
        counter += 1
    except UnboundLocalError:
        return "cannot bump without global"

print(bump())

# a for loop target and an import also bind locally
def loop_target():
    try:
        print(i)
    except UnboundLocalError:
        print("i is unbound before the loop")
    for i in range(2):
        pass
    return i

i = "global i"
print(loop_target())

# UnboundLocalError is a NameError
def catch_as_nameerror():
    try:
        z
        z = 1
    except NameError as e:
        return type(e).__name__

print(catch_as_nameerror())

# del makes a local unbound again
def deleted():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError after del"

print(deleted())

# a variable from an enclosing function referenced before its assignment there
def outer():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print("NameError before binding:", type(e).__name__)
    w = "bound"
    return inner()

print(outer())

# an except-as name is local too
def exc_name():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except UnboundLocalError:
        return "err unbound after handler"

print(exc_name())
