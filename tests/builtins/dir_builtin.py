# dir(): user classes and instances (filtered), modules, local scope
class Base:
    base_attr = 1
    def base_method(self):
        pass

class Thing(Base):
    cls_attr = 2
    def __init__(self):
        self.inst = 3
    def method(self):
        pass
    @property
    def prop(self):
        return 4
    @staticmethod
    def smeth():
        pass

def public(names):
    return [n for n in names if not n.startswith("__")]

print(public(dir(Thing)))
print(public(dir(Thing())))
t = Thing()
t.dynamic = 5
print(public(dir(t)))
print(dir(t) == sorted(dir(t)), "__init__" in dir(t), "__class__" in dir(t))

def local_scope():
    a = 1
    b = 2
    return dir()

print(local_scope())
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
import math
print([n for n in ("pi", "sqrt", "floor") if n in dir(math)])

class Custom:
    def __dir__(self):
        return ["z", "a", "m"]

print(dir(Custom()))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError", e)
print(type(dir()).__name__, "public" in dir(), "Thing" in dir())
