# cooperative super() with **kwargs through a diamond, metaclass __call__ and __new__
class Base:
    def __init__(self, **kw):
        self.base_kw = kw
class A(Base):
    def __init__(self, a=0, **kw):
        super().__init__(**kw)
        self.a = a
class B(Base):
    def __init__(self, b=0, **kw):
        super().__init__(**kw)
        self.b = b
class C(A, B):
    def __init__(self, c=0, **kw):
        super().__init__(**kw)
        self.c = c
obj = C(a=1, b=2, c=3, extra=4)
print(obj.a, obj.b, obj.c, obj.base_kw, [k.__name__ for k in C.__mro__])
class Meta(type):
    def __call__(cls, *args, **kw):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kw)
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class W(metaclass=Meta):
    def __init__(self, v): self.v = v
w = W(5)
print(w.v, W.tag, type(W).__name__, isinstance(W, Meta))
