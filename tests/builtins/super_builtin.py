# super(): zero-argument and two-argument forms, cooperative multiple inheritance, classmethods
class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base"]
    def greet(self):
        return "hello " + self.name
    @classmethod
    def create(cls):
        return cls.__name__ + " created"

class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        self.log.append("Child")
    def greet(self):
        return super().greet() + " (" + str(self.age) + ")"
    @classmethod
    def create(cls):
        return "child: " + super().create()

c = Child("ann", 7)
print(c.greet(), c.log, Child.create(), super(Child, c).greet())

class A:
    def who(self):
        return ["A"]

class B(A):
    def who(self):
        return ["B"] + super().who()

class C(A):
    def who(self):
        return ["C"] + super().who()

class D(B, C):
    def who(self):
        return ["D"] + super().who()

print(D().who(), super(B, D()).who(), super(C, D()).who(), super(D, D()).who())

class Counter(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)
    def __getitem__(self, key):
        return super().__getitem__(key) + 1

cnt = Counter()
cnt["a"] = 5
print(cnt["a"], dict(cnt), len(cnt))

class MyList(list):
    def append(self, v):
        super().append(v)
        super().append(v)

ml = MyList()
ml.append(3)
print(ml)
try:
    super(int, "not an int")
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    super().foo
except RuntimeError as e:
    print("RuntimeError", e)

class Top:
    def method(self):
        return "top"

class Mid(Top):
    pass

class Bottom(Mid):
    def method(self):
        return "bottom+" + super().method()

print(Bottom().method(), type(super(Mid, Bottom())).__name__)
try:
    super(Top, Top()).method()
except AttributeError as e:
    print("AttributeError", e)
