# Descriptors: objects with __get__ / __set__ / __delete__ stored on a class.

class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj._values.get(self.name, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        obj._values[self.name] = value

    def __delete__(self, obj):
        print("deleting", self.name)
        obj._values.pop(self.name, None)

class Person:
    name = Typed("name", str)
    age = Typed("age", int)

    def __init__(self):
        self._values = {}

p = Person()
print(p.name)
p.name = "Ann"
p.age = 30
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
del p.age
print(p.age)
print(type(Person.name).__name__)

# a non-data descriptor (only __get__) is shadowed by instance attributes
class Doubler:
    def __get__(self, obj, objtype=None):
        return "descriptor value"

class Host:
    attr = Doubler()

h = Host()
print(h.attr)
h.attr = "instance value"
print(h.attr)
print(Host.attr)

# functions are descriptors: that is how methods get bound
def free(self):
    return "bound to " + type(self).__name__

class Target:
    pass

Target.method = free
print(Target().method())
bound = free.__get__(Target(), Target)
print(bound())

# __get__ receives the owner class when accessed on the class
class Show:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)

class Owner:
    s = Show()

print(Owner.s, Owner().s)
