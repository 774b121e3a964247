# Methods cannot see class-body names directly; they go through self or the class.

size = "module size"

class Box:
    size = 10
    scale = size * 2

    def area(self):
        return size          # module-level name

    def real_area(self):
        return self.size * Box.size

    @classmethod
    def cls_size(cls):
        return cls.size

    @staticmethod
    def static_size():
        try:
            return scale
        except NameError as e:
            return "NameError: " + str(e)

b = Box()
print(b.area(), b.real_area(), Box.cls_size(), Box.static_size(), Box.scale)

# a lambda in the class body is a function too: class names invisible at call time
class WithLambda:
    k = 3
    get_k = lambda self: k if "k" in globals() else "not visible"

print(WithLambda().get_k())

# a nested function in a method sees the method's locals, not the class
class Nest:
    attr = "class attr"
    def method(self):
        attr = "method local"
        def helper():
            return attr
        return helper()

print(Nest().method())

# default argument values in methods are evaluated in the class scope
class Defaults:
    base = 5
    def f(self, v=base):
        return v

print(Defaults().f())

# class body names shadow globals only inside the class body
value = "global value"

class Shadow:
    value = "class value"
    seen_in_body = value
    def method(self):
        return value

print(Shadow.seen_in_body, Shadow().method())

# the class name itself is not bound until the class statement finishes
class Early:
    try:
        ref = Early
    except NameError:
        ref = "Early not yet defined"

print(Early.ref)

# methods can refer to the class by name at call time
class Later:
    def make(self):
        return Later()

print(type(Later().make()).__name__)
