# NoneType: identity, truthiness, repr, comparisons and errors
x = None
print(x)
print(repr(x), str(x))
print(x is None, x is not None)
print(type(x).__name__)
print(bool(x), not x)
print(x == None, x != None)
print(x == 0, x == False, x == "")
print(type(None)() is None)

def f():
    pass

print(f() is None)
print([None, None], (None,), {None: None})
print(None in [1, None], None in [1, 2])

d = {}
print(d.get("missing") is None)
print(d.get("missing", None))

# ordering against None is not defined
for op in ("<", ">", "<=", ">="):
    try:
        eval("None " + op + " 1")
    except TypeError as e:
        print("TypeError", e)

try:
    None + 1
except TypeError as e:
    print("TypeError", e)

try:
    g = None
    g()
except TypeError as e:
    print("TypeError", e)

try:
    len(None)
except TypeError as e:
    print("TypeError", e)

try:
    for i in None:
        pass
except TypeError as e:
    print("TypeError", e)

try:
    None.foo
except AttributeError as e:
    print("AttributeError", e)

try:
    g = None
    g[0]
except TypeError as e:
    print("TypeError", e)

print(hash(None) == hash(None))
print(sorted([3, 1, 2], key=lambda v: v) is None)
print([1, 2].sort() is None)
