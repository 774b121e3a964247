# __slots__: instances take only the listed attributes when every class above lists them
class A:
    __slots__ = "x"
class B(A):
    __slots__ = ("y",)
    def __init__(self):
        self.x = 1
        self.y = 2
b = B()
print(b.x, b.y)
try:
    b.z = 3
except AttributeError as e:
    print(e)
class C(B):
    pass
c = C()
c.z = 5
print(c.z)
class D:
    __slots__ = ("a", "__dict__")
d = D()
d.q = 1
print(d.q)
class E:
    __slots__ = ()
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): print("set", v)
e = E()
e.p = 4
try:
    e.w = 1
except AttributeError as ex:
    print(ex)
