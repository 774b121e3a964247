# pass statements and the Ellipsis object (...).

def nothing():
    pass

print(nothing())

class Empty:
    pass

print(type(Empty()).__name__)

for i in range(3):
    pass
print("loop with pass ran to", i)

while False:
    pass

if True:
    pass
else:
    pass

try:
    pass
except Exception:
    pass
finally:
    pass

# ... is an expression and can be used as a placeholder body
def todo():
    ...

print(todo())
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...), str(...))
print(bool(...), ... == ..., [...], (..., 1))

x = ...
print(x is Ellipsis)

class Proto:
    def method(self): ...
    attr = ...

print(Proto().method(), Proto.attr)

# Ellipsis in subscripts
class Sub:
    def __getitem__(self, key):
        return key

s = Sub()
print(s[...], s[1, ...], s[..., 0])

# a docstring-only function body is valid without pass
def doc_only():
    "Only a docstring."

print(doc_only())
