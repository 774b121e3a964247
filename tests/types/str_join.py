# str.join with lists, tuples, generators, dict keys and errors
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]), "-".join(["solo"]))
print(", ".join(("one", "two")), " ".join(str(i) for i in range(5)))
print("|".join({"k1": 1, "k2": 2}), "".join(reversed("abc")), "+".join("abc"))
print("é".join(["ü", "ö"]), "::".join(["", "", ""]), repr(" ".join([""])))
print("\n".join(["line1", "line2"]))
print("".join(map(str, [1, 2, 3])), ".".join(sorted({"b", "a", "c"})))
sep = "ab"
print(sep.join(["1", "2", "3"]), len(sep.join(["x"] * 50)))
print(str.join("/", ["usr", "lib"]))
for bad in (["a", 1], [None], ["a", b"b"], [["a"]]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError", e)
try:
    "-".join()
except TypeError as e:
    print("TypeError", type(e).__name__)

class S(str):
    pass

print("-".join([S("x"), S("y")]), type("-".join([S("x")])).__name__)

def gen():
    yield "g1"
    yield "g2"

print("*".join(gen()))
parts = []
for i in range(30):
    parts.append(chr(97 + i % 26))
print("".join(parts))
print(" ".join(w.capitalize() for w in "the end of it".split()))
