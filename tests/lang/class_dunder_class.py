# __class__, type(), __name__ and comparisons of classes.

class Animal:
    def clone(self):
        return self.__class__()
    def kind(self):
        return self.__class__.__name__

class Dog(Animal):
    pass

a, d = Animal(), Dog()
print(a.__class__ is Animal, d.__class__ is Dog, type(d) is d.__class__)
print(a.kind(), d.kind(), type(d.clone()).__name__)
print((5).__class__.__name__, "s".__class__.__name__, [].__class__.__name__)
print(Dog.__class__ is type, Dog.__name__, Dog.__bases__[0].__name__)

# __class__ inside a method refers to the defining class (used by super())
class Base:
    def where(self):
        return __class__.__name__

class Derived(Base):
    def where2(self):
        return __class__.__name__

x = Derived()
print(x.where(), x.where2(), type(x).__name__)

# type() comparisons versus isinstance
print(type(d) == Animal, isinstance(d, Animal), type(d) == Dog)
print(type(True) is bool, type(True) is int, isinstance(True, int))

# classes as dictionary keys and in sets
counts = {}
for obj in (1, "a", 2, [3], "b", 4.0):
    counts[type(obj)] = counts.get(type(obj), 0) + 1
print(sorted((t.__name__, n) for t, n in counts.items()))

# assigning __class__ on instances of user classes
class Cat(Animal):
    def speak(self):
        return "meow"

class Cow(Animal):
    def speak(self):
        return "moo"

pet = Cat()
print(pet.speak())
pet.__class__ = Cow
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat))

# __qualname__ of nested classes and methods
class Outer:
    class Inner:
        def meth(self):
            pass

print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__)
print(Outer.__module__)
