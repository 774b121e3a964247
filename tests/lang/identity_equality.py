# "is" compares identity, "==" compares value.

a = [1, 2]
b = a
c = [1, 2]
print(a == b, a is b, a == c, a is c, a is not c, a != c)
c.append(3)
print(a == c, a)

# None, True, False and Ellipsis are singletons
x = None
print(x is None, x == None, x is not None, None is None, type(None) is type(x))
print(True is True, (1 == 1) is True, bool(0) is False, ... is Ellipsis)

def returns_none():
    pass

print(returns_none() is None)

# equality across numeric types, identity not implied
print(1 == 1.0, 1 == True, 0 == False, 0.0 == -0.0, 2 ** 70 == 2.0 ** 70)
print([1, 2] == [1.0, 2.0], (1, 2) == [1, 2], {1: "a"} == {1.0: "a"}, {1, 2} == {2, 1})
print("abc" == "abc", "abc" == "ABC".lower(), b"abc" == "abc", [] == (), [] == [])

# a class whose instances are never equal (even to themselves)
class Never:
    def __eq__(self, other):
        return False

n = Never()
print(n == n, n is n, n in [n], [n] == [n], [n].count(n), [n].index(n))

# containers compare element by element with == after an identity shortcut
nan = float("nan")
print(nan == nan, [nan] == [nan], (nan,) == (nan,), {1: nan} == {1: nan})

# objects created separately are different objects
class Obj:
    pass

o1, o2 = Obj(), Obj()
print(o1 is o2, o1 == o2, o1 is o1)

# copies are equal but not identical
orig = {"k": [1]}
shallow = dict(orig)
print(shallow == orig, shallow is orig, shallow["k"] is orig["k"])
lst = [1, [2]]
cp = lst[:]
print(cp == lst, cp is lst, cp[1] is lst[1])

# the result of "is" does not depend on value for mutable types
print([] is [], {} is {}, () == ())

# comparing functions and methods
def f():
    pass

g = f
print(f is g, f == g, f == (lambda: None))
