# Class scope: names in the class body are not visible inside methods.

x = "global x"

class C:
    x = "class x"
    y = x + "!"            # the class body sees its own names

    def method(self):
        return x           # the global, not the class attribute

    def method2(self):
        return self.x, C.x

c = C()
print(c.method(), c.method2(), C.y)

class D:
    value = 10
    def get(self):
        try:
            return value
        except NameError as e:
            return "NameError: " + str(e)

print(D().get())

# class body executes top to bottom once, at definition time
print("before class")

class Order:
    print("class body runs")
    a = 1
    print("a is", a)
    a += 1
    b = a * 10

print("after class", Order.a, Order.b)

# names defined in the class body are class attributes, including loop variables
class Loop:
    total = 0
    for i in range(4):
        total += i

print(Loop.total, Loop.i)

# a function defined in the body and used there as a helper
class Helpers:
    def _double(v):
        return v * 2
    doubled = _double(21)

print(Helpers.doubled)

# the class body can read globals and enclosing function locals
def factory():
    local_value = "from function"
    class F:
        attr = local_value
        def m(self):
            return local_value
    return F

F = factory()
print(F.attr, F().m())

# a class attribute and a local of the same name in a method
class Shadow:
    n = "class n"
    def m(self):
        n = "local n"
        return n, self.n

print(Shadow().m())

# a global statement in a method affects the module
class G:
    def set_global(self):
        global x
        x = "changed by method"

G().set_global()
print(x)
