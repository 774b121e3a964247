# str.index and str.rindex: like find/rfind but raise ValueError
s = "banana bandana"
print(s.index("an"), s.rindex("an"), s.index("b"), s.rindex("b"), s.index(""), s.rindex(""))
print(s.index("an", 2), s.index("an", 4), s.rindex("an", 0, 5), s.index("a", -3), s.rindex("a", -8, -2))
print("é€x€".index("€"), "é€x€".rindex("€"), "é€x€".index("x"))
for args in (("x",), ("an", 12), ("ban", 1, 7), ("a", 0, 0), ("nab",), ("", 20)):
    try:
        print(s.index(*args))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print("ValueError", e)
try:
    s.index()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    s.rindex(None)
except TypeError as e:
    print("TypeError", e)
try:
    s.index("a", "b")
except TypeError as e:
    print("TypeError", e)
print("".index(""), "abc".index("c", None, None), "abc".rindex("a", None, 1))
words = s.split()
print([w.index("a") for w in words], [w.rindex("a") for w in words])
found = []
start = 0
while True:
    try:
        k = s.index("a", start)
    except ValueError:
        break
    found.append(k)
    start = k + 1
print(found)
print(found == [i for i, c in enumerate(s) if c == "a"])
print([s.index(c) for c in "band "])
