# Closures: inner functions reading enclosing variables after the outer returns.

def make_multiplier(k):
    def mul(x):
        return x * k
    return mul

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))

def greeting(prefix):
    def greet(name):
        return prefix + ", " + name
    return greet

hello = greeting("Hello")
print(hello("Ann"), greeting("Hi")("Bob"))

# closure sees the latest value of the variable, not the value at creation
def late():
    v = 1
    def get():
        return v
    v = 2
    return get

print(late()())

# closures over loop variables in functions
def make_all():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    return out

print([f() for f in make_all()])

# closure over a mutable object
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add

acc = accumulator()
acc(1)
print(acc(2))

# functions share the enclosing variable
def pair():
    data = {"n": 0}
    def inc():
        data["n"] += 1
    def get():
        return data["n"]
    return inc, get

inc, get = pair()
inc(); inc()
print(get())

# closure in a method
class Button:
    def __init__(self, label):
        self.label = label
    def handler(self):
        def on_click():
            return "clicked " + self.label
        return on_click

print(Button("OK").handler()())

# closure capturing a parameter default and a free variable
def compose(f, g):
    return lambda x: f(g(x))

inc1 = lambda x: x + 1
print(compose(double, inc1)(5), compose(inc1, double)(5))
