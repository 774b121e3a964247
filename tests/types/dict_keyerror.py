# KeyError messages and args for different key types, __missing__ in subclasses
d = {"present": 1}
for key in ("missing", 42, (1, 2), 1.5, None, "", "quote'd", frozenset()):
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args, e.args[0] == key)
try:
    del d["gone"]
except KeyError as e:
    print("KeyError", e)
try:
    d.pop(3)
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e, e.args)
try:
    raise KeyError("custom", 2)
except KeyError as e:
    print("KeyError", e, e.args)
try:
    raise KeyError()
except KeyError as e:
    print("KeyError", repr(str(e)), e.args)
print(isinstance(KeyError(), LookupError), issubclass(KeyError, Exception))

class Defaulting(dict):
    def __missing__(self, key):
        return "default for " + repr(key)

dd = Defaulting(a=1)
print(dd["a"], dd["b"], dd.get("b"), "b" in dd, len(dd))

class Raising(dict):
    def __missing__(self, key):
        raise KeyError("no " + str(key))

try:
    Raising()["x"]
except KeyError as e:
    print("KeyError", e)

class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

c = Counter()
c["a"] += 1
c["a"] += 1
c["b"]
print(c)
try:
    {}["k"]
except LookupError as e:
    print(type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print(type(e).__name__, e)
