# Evaluation order: left to right, with assignments evaluating the right side first.

log = []

def v(name, value=None):
    log.append(name)
    return name if value is None else value

def show(label):
    print(label, log)
    log.clear()

# binary operators evaluate left then right
v("a", 1) + v("b", 2) * v("c", 3)
show("arith")

# call: function expression, then arguments left to right
def f(*a, **k):
    return None

v("func", f)(v("arg1"), v("arg2"), k=v("kwarg"))
show("call")

# assignment: right side first, then targets left to right
class Rec:
    def __setitem__(self, k, val):
        log.append("setitem %s" % k)

def target():
    log.append("target object")
    return Rec()

target()[v("key")] = v("value")
show("subscript assignment")

x = {}
x[v("k1")], x[v("k2")] = v("r1"), v("r2")
show("tuple assignment")

# dict display: key then value, pairs left to right
{v("k1"): v("v1"), v("k2"): v("v2")}
show("dict display")

# list, tuple and set displays left to right
[v("l1"), v("l2")], (v("t1"), v("t2")), {v("s1"), v("s2")}
show("displays")

# comparisons: chained operands once, left to right
v("p", 1) < v("q", 2) < v("r", 3)
show("chain")

# subscript: object, then index
d = {"key": "val"}
v("obj", d)[v("idx", "key")]
show("subscript")

# slice parts left to right
[1, 2, 3][v("start", 0):v("stop", 2):v("step", 1)]
show("slice")

# conditional expression: condition first
v("then") if v("cond", True) else v("else")
show("conditional")

# augmented assignment: target container and key, then right side
y = {"n": 1}
v("container", y)[v("aug key", "n")] += v("increment", 5)
show("augmented")

# f-string parts
f"{v('one')}{v('two')}"
show("f-string")

# keyword and star arguments are evaluated in written order
f(v("pos"), *v("star", [1]), kw=v("kw"), **v("dstar", {}))
show("star args")

# default arguments at def time, left to right
def g(a=v("default a"), b=v("default b")):
    pass
show("defaults")

# decorators evaluate top to bottom, apply bottom to top
def deco(name):
    log.append("eval " + name)
    def d(fn):
        log.append("apply " + name)
        return fn
    return d

@deco("outer")
@deco("inner")
def h():
    pass
show("decorators")
