# str operators: in, +, *, iteration, len, bool, hash equality
s = "hello"
print("ell" in s, "le" in s, "" in s, "" in "", "hello" in s, "helloo" in s, "H" in s)
print("é" in "café", "fé" in "café", "e" in "café", "€" not in "x")
print(s + " world", s * 3, 3 * s, s * 0, s * -2, "" * 100, repr(s * 1))
print([c for c in s], list("é€x"), tuple("ab"), len(""), len("a b"))
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
for i, c in enumerate("abc"):
    print(i, c, end=" ")
print()
print(bool(""), bool(" "), bool("0"), not "")
t = s
t += "!"
print(t, s)
t *= 2
print(t)
print("-" * 20)
print("ab" "cd", "a" + "b" * 2 + "c")
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
try:
    None in "abc"
except TypeError as e:
    print("TypeError", e)
print(str(), str(""), str("x"), str(12), str([1, "a"]), str(None), str(b"b"))
print(type("a" + "b").__name__, "abc".__len__(), "abc".__contains__("b"), "ab".__add__("c"), "ab".__mul__(2))
print(sum(len(w) for w in "count the letters".split()))
chars = {}
for c in "mississippi":
    chars[c] = chars.get(c, 0) + 1
print(chars)
