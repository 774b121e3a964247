# Starred expressions in return, yield, for, subscripts and assignments (3.8+ / 3.9+ forms).

def ret(a, b):
    return *a, *b

print(ret([1, 2], (3,)))

def ret2(rest):
    return 0, *rest

print(ret2("xy"))

def gen(items):
    yield *items, "end"

print(list(gen([1, 2])))

a = [1, 2]
b = (3, 4)
for v in *a, *b:
    print("v", v, end="; ")
print()

t = *a, 5
print(t)

# starred in subscripts makes a tuple key (3.11)
class Sub:
    def __getitem__(self, k):
        return k

s = Sub()
print(s[1, 2], s[(*a,)], s[*a, 9], s[*a])

# starred target with other targets on the left side of for
for head, *tail in ([1, 2, 3], "ab"):
    print(head, tail)

# star in list of arguments to functions with keyword arguments after it
def f(*args, sep="-"):
    return sep.join(map(str, args))

print(f(*a, *b, sep="+"), f(*range(3)))

# a starred expression alone is not allowed, but with a comma it makes a tuple
x = *range(3),
print(x)

# star unpacking in sets and dicts built from generator results
print(sorted({*(i % 3 for i in range(10))}))
print({**dict.fromkeys("ab", 0), **{"c": 1}})
