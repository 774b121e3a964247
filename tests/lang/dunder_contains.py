# The in operator: __contains__, then __iter__, then __getitem__.

class WithContains:
    def __contains__(self, item):
        print("__contains__", item)
        return item == "yes"

w = WithContains()
print("yes" in w, "no" in w, "no" not in w)

# the result is converted to bool
class Truthy:
    def __contains__(self, item):
        return [item]

print(5 in Truthy(), type(5 in Truthy()).__name__)

class Falsy:
    def __contains__(self, item):
        return ""

print(5 in Falsy(), 5 not in Falsy())

# fallback to iteration
class Iterable:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])

print(2 in Iterable(), 7 in Iterable())

# iteration stops at the first match
def gen():
    for i in range(10):
        print("yield", i)
        yield i

print(2 in gen())

# fallback to __getitem__
class Indexed:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 10

print(30 in Indexed(), 35 in Indexed())

# nothing supports in
class Nothing:
    pass

try:
    1 in Nothing()
except TypeError as e:
    print("TypeError", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError", e)

# equality is used for membership in builtin containers (identity first)
class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__

print(AlwaysEqual() in [1], 1 in [AlwaysEqual()])
nan = float("nan")
print(nan in [nan], nan == nan)

# builtin containers
print("ell" in "hello", "" in "abc", "x" in "", b"\x01" in b"\x00\x01")
print(2 in {1: "a", 2: "b"}, "a" in {1: "a"}, 3 in {3, 4}, 3 in range(0, 10, 3), 4 in range(0, 10, 3))
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
try:
    [1] in {1: 1}
except TypeError as e:
    print("TypeError", e)
