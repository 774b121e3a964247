# global in nested functions, and the LEGB lookup order.

x = "global"

def outer():
    x = "enclosing"
    def inner():
        return x
    def inner_global():
        global x
        return x
    return inner(), inner_global()

print(outer())

# a nested function can create a module global
def make_global():
    def deep():
        global created_deep
        created_deep = "from deep"
    deep()

make_global()
print(created_deep)

# global in the outer function does not apply to the inner one
y = 1

def outer2():
    global y
    y = 2
    def inner():
        y = 3          # local to inner
        return y
    return inner()

print(outer2(), y)

# the inner function sees the global through the enclosing global declaration
z = "module z"

def outer3():
    global z
    def inner():
        return z
    z = "set by outer3"
    return inner()

print(outer3(), z)

# builtins are found last and can be shadowed
def shadow_len():
    len = lambda s: "shadowed"
    return len("abc")

print(shadow_len(), len("abc"))

def uses_builtin():
    return max([1, 5, 2])

max = lambda *a: "module max"
print(uses_builtin())
del max
print(uses_builtin())

# nested functions defined in a loop each see the final loop value
def loop_closures():
    fs = []
    for k in range(3):
        def f():
            return k
        fs.append(f)
    return [f() for f in fs]

print(loop_closures())

# lookup happens at call time: a global defined after the function works
def uses_later():
    return later_defined

later_defined = "defined after the function"
print(uses_later())
