# bound methods: __self__, __func__, equality, calling, binding of builtin methods
class Counter:
    def __init__(self, start):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self.n
    def __eq__(self, other):
        return isinstance(other, Counter) and self.n == other.n
    __hash__ = None

c = Counter(10)
m = c.inc
print(m(), m(5), c.n, m.__self__ is c, m.__func__ is Counter.inc, m.__name__)
print(c.inc == c.inc, c.inc is c.inc, c.inc == m)
d = Counter(10)
print(c.inc == d.inc, Counter.inc is Counter.inc, Counter.inc(c, 100))
print(type(m).__name__, type(Counter.inc).__name__, callable(m))
f = Counter.inc
print(f(d), f(d, 2))
methods = [Counter(i).inc for i in range(3)]
print([meth() for meth in methods])
s = "hello"
up = s.upper
print(up(), up.__self__, up.__name__, type(up).__name__)
append = [].append
lst = []
add = lst.append
add(1)
add(2)
print(lst, add.__self__ is lst, lst.append == lst.append, [].append == [].append)
try:
    Counter.inc()
except TypeError as e:
    print("TypeError", e)
try:
    m(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    m.__self__ = None
except AttributeError as e:
    print("AttributeError", type(e).__name__)

class WithCall:
    def __call__(self, x):
        return x * 2

w = WithCall()
print(w(4), callable(w), callable(WithCall), callable(3))
bound = w.__call__
print(bound(5), bound.__self__ is w)

class Stat:
    @staticmethod
    def s(x):
        return x
    @classmethod
    def c(cls, x):
        return cls.__name__, x

print(Stat.s(1), Stat().s(2), Stat.c(3), Stat().c(4), Stat.c.__self__ is Stat)
handlers = {"inc": c.inc, "upper": s.upper}
print(handlers["inc"](), handlers["upper"]())
