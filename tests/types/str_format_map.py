# str.format_map with dicts, dict subclasses with __missing__, and mappings
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print("{x[0]} {y.real}".format_map({"x": [9], "y": 4}))
print("{a:>5}|{b:.2f}".format_map({"a": "r", "b": 2.5}))

class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("{name} has {count} {thing}".format_map(Default(name="Bo", count=3)))

class Upper:
    def __getitem__(self, key):
        return key.upper()

print("{hello} {world}".format_map(Upper()))
print("no fields".format_map({}))
print("{{}} {a}".format_map({"a": "b"}))
try:
    "{a} {b}".format_map({"a": 1})
except KeyError as e:
    print("KeyError", e)
try:
    "{}".format_map({"a": 1})
except ValueError as e:
    print("ValueError", e)
try:
    "{a}".format_map([1])
except TypeError as e:
    print("TypeError", e)
try:
    "{a}".format_map()
except TypeError as e:
    print("TypeError", type(e).__name__)
d = {"user": "kim", "n": 42}
print("user={user!r} n={n:05d} hex={n:#x}".format_map(d))
print("{user}".format(**d) == "{user}".format_map(d))
calls = []

class Logging(dict):
    def __getitem__(self, key):
        calls.append(key)
        return dict.__getitem__(self, key)

print("{a}{b}{a}".format_map(Logging(a=1, b=2)), calls)
