# Stacked decorators are applied bottom-up and called top-down.

def tag(name):
    def deco(fn):
        print("applying", name)
        def wrapper(*a):
            return "<%s>%s</%s>" % (name, fn(*a), name)
        return wrapper
    return deco

@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s

print(text("hi"))

order = []

def log(label):
    def deco(fn):
        order.append("decorate " + label)
        def wrapper():
            order.append("enter " + label)
            r = fn()
            order.append("exit " + label)
            return r
        return wrapper
    return deco

@log("outer")
@log("inner")
def work():
    order.append("work")
    return "done"

print(work())
print(order)

# the decorator expressions are evaluated top-down before any is applied
def make(label):
    print("evaluate", label)
    def deco(fn):
        print("apply", label)
        return fn
    return deco

@make("first")
@make("second")
def g():
    pass

# stacking with staticmethod/classmethod and property
class C:
    _v = 5

    @staticmethod
    @tag("s")
    def st(x):
        return x

    @classmethod
    @tag("c")
    def cm(cls, x):
        return cls.__name__ + x

    @property
    @tag("p")
    def prop(self):
        return str(self._v)

print(C.st("a"), C.cm("b"), C().prop)

# the same decorator twice
def twice(fn):
    def w(x):
        return fn(fn(x))
    return w

@twice
@twice
def inc(x):
    return x + 1

print(inc(0))
