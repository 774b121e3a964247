# Lambdas: parameters, defaults, keyword arguments, closures.

sq = lambda x: x * x
print(sq(7), sq(1.5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
varargs = lambda *a, **k: (a, sorted(k.items()))
print(varargs(1, 2, z=3, y=4))
kwonly = lambda a, *, b: a - b
print(kwonly(5, b=3))
try:
    kwonly(5, 3)
except TypeError as e:
    print("TypeError", e)
posonly = lambda a, /, b: (a, b)
print(posonly(1, b=2))
noargs = lambda: "nothing"
print(noargs())
print((lambda: 42)())
print((lambda x, y: x ** y)(2, 8))

# defaults are evaluated when the lambda is created
n = 1
with_default = lambda x=n: x
n = 2
print(with_default(), with_default(5))

# closures capture variables, not values: late binding
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

# lambda returning a lambda
adder = lambda a: lambda b: a + b
plus3 = adder(3)
print(plus3(4), adder(10)(-1))

# lambdas as sort keys and in data structures
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](2, 3), ops["*"](2, 3))

# lambda with a conditional body and a default that is a list
acc = lambda v, out=[]: out.append(v) or out
print(acc(1), acc(2))

# name of a lambda
print(sq.__name__)

# a lambda in a class body becomes a method
class K:
    double = lambda self, v: v * 2

print(K().double(21))

# recursion through a name
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
