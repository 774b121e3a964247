# globals() and locals(): module scope, function scope, modification through globals()
gvar = "global value"
g = globals()
print(g["gvar"], g["__name__"], "g" in g, type(g).__name__, g is globals())
g["injected"] = 42
print(injected)

def func(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())

print(func(1))

def sees_globals():
    return "gvar" in globals(), "gvar" in locals()

print(sees_globals())

def setter():
    globals()["made_in_func"] = "yes"

setter()
print(made_in_func)
print(locals() is globals() or locals() == globals())

class Body:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith("__"))

print(Body.names)

def closure():
    outer = 1
    def inner():
        return sorted(locals())
    def inner_uses():
        return outer, sorted(locals())
    return inner(), inner_uses()

print(closure())

def count_locals(*args, **kwargs):
    return sorted(locals())

print(count_locals(), count_locals(1, k=2))
try:
    globals(1)
except TypeError as e:
    print("TypeError", e)
try:
    locals(1)
except TypeError as e:
    print("TypeError", e)
del g["injected"]
print("injected" in globals())
