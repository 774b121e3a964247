# printf-style formatting with a mapping argument
data = {"name": "widget", "qty": 3, "price": 2.5, "ratio": 0.125, "tags": ["a", "b"]}
print("%(name)s x%(qty)d @ %(price).2f" % data)
print("%(name)10s|%(name)-10s|%(qty)05d|%(ratio)+.1e" % data)
print("%(tags)s %(tags)r %(name)r" % data)
print("%(qty)x %(qty)o %(qty)#X %(price)g %(price)F" % data)
print("%(a)s-%(b)s-%(a)s" % {"a": 1, "b": 2})
print("%%(not_a_key)s %(x)s" % {"x": "y"})
print("%(key with space)s %(k.dot)s %(ü)s" % {"key with space": 1, "k.dot": 2, "ü": 3})
print("%(x)s" % {"x": None, "unused": 0})

class Mapping:
    def __getitem__(self, k):
        return k * 2
print("%(ab)s %(z)s" % Mapping())

class D(dict):
    def __missing__(self, k):
        return "?" + k
print("%(known)s %(unknown)s" % D(known="ok"))
try:
    "%(missing)s" % {"x": 1}
except KeyError as e:
    print("KeyError", e)
try:
    "%(x)s %s" % {"x": 1}
except TypeError as e:
    print("TypeError", e)
try:
    "%(x" % {"x": 1}
except ValueError as e:
    print("ValueError", e)
try:
    "%(x)d" % {"x": "s"}
except TypeError as e:
    print("TypeError", e)
print("%s" % {"only": "dict"}, "%s" % ({"in": "tuple"},))
print("%(a)s" % {"a": {"nested": [1, (2, 3)]}})
row = "%(id)03d %(label)-6s|"
for rec in ({"id": 1, "label": "one"}, {"id": 22, "label": "twotwo"}, {"id": 333, "label": ""}):
    print(row % rec)
print("total: %(n)d item%(s)s" % {"n": 1, "s": ""}, "total: %(n)d item%(s)s" % {"n": 2, "s": "s"})
