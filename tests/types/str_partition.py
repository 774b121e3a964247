# str.partition and str.rpartition
s = "key=value=more"
print(s.partition("="), s.rpartition("="))
print(s.partition("value"), s.rpartition("value"))
print(s.partition("#"), s.rpartition("#"))
print(s.partition("key=value=more"), s.rpartition("k"))
print("".partition("x"), "".rpartition("x"))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("héllo wörld".partition(" "), "€a€b".rpartition("€"))
try:
    s.partition("")
except ValueError as e:
    print("ValueError", e)
try:
    s.rpartition("")
except ValueError as e:
    print("ValueError", e)
try:
    s.partition(1)
except TypeError as e:
    print("TypeError", e)
try:
    s.partition()
except TypeError as e:
    print("TypeError", type(e).__name__)
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
base, dot, ext = "archive.tar.gz".rpartition(".")
print(base, dot, ext)
base, dot, ext = "noext".rpartition(".")
print(repr(base), repr(dot), repr(ext))
for line in ("a: 1", "b:2", "c", ": empty key"):
    k, _, v = line.partition(":")
    print(repr(k.strip()), repr(v.strip()))
print(type("a-b".partition("-")).__name__, len("a-b".partition("x")))
