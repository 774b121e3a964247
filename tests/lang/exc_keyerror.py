# KeyError: the message is the repr of the key.

d = {"a": 1}
for key in ("missing", 42, 3.5, (1, 2), None, "", "quote'", b"b", True, ()):
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, "| args", e.args, "| repr", repr(e))

# KeyError with several args or none
print(str(KeyError()), str(KeyError("a", "b")), str(KeyError("")))

# KeyError raised by various operations
try:
    {}.pop("p")
except KeyError as e:
    print("pop:", e)
try:
    set().remove(5)
except KeyError as e:
    print("remove:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", type(e).__name__)
try:
    del d["zzz"]
except KeyError as e:
    print("del:", e)

# safe alternatives
print(d.get("missing"), d.get("missing", 0), d.pop("missing", "default"), "missing" in d)

# a KeyError from a user mapping
class Registry:
    def __init__(self):
        self.items = {}
    def __getitem__(self, name):
        try:
            return self.items[name]
        except KeyError:
            raise KeyError("not registered: " + name) from None

try:
    Registry()["x"]
except KeyError as e:
    print(e, e.__suppress_context__)

# the key object is available in args
try:
    d[("compound", 1)]
except KeyError as e:
    key = e.args[0]
    print(key[0], key[1])
