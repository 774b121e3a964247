# classmethod factories with super(), __new__ validation, float subclass, registry decorators, proxies, __hash__ = object.__hash__
class Factory:
    @classmethod
    def create(cls, *a): return cls(*a)
    def __init__(self, *a): self.a = a
class Sub(Factory):
    @classmethod
    def create(cls, *a):
        inst = super().create(*a, "extra")
        inst.sub = True
        return inst
s = Sub.create(1)
print(type(s).__name__, s.a, s.sub)
class Pos:
    def __new__(cls, value):
        if value < 0:
            raise ValueError("negative")
        inst = super().__new__(cls)
        inst.value = value
        return inst
print(Pos(3).value)
try:
    Pos(-1)
except ValueError as e:
    print("ValueError", e)
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))
    def __repr__(self): return f"{float(self)}°C"
print(Celsius(21.456), Celsius(3) + 1, [Celsius(-0.04)])
class Registry(dict):
    def register(self, name):
        def deco(fn):
            self[name] = fn
            return fn
        return deco
reg = Registry()
@reg.register("hello")
def hello(): return "hi"
print(reg["hello"](), list(reg))
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattr__(self, n): return getattr(self._t, n)
    def __setattr__(self, n, v): setattr(self._t, n, v)
class T: pass
t = T(); p = Proxy(t); p.x = 5
print(t.x, p.x, hasattr(p, "y"))
class Vec:
    __match_args__ = ("x",)
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, Vec) and self.x == o.x
    __hash__ = object.__hash__
print(Vec(1) == Vec(1), len({Vec(1), Vec(1)}), Vec.__hash__ is object.__hash__)
