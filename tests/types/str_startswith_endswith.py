# str.startswith / str.endswith with tuples, start and end
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith(s), s.startswith(s + "!"))
print(s.endswith("world"), s.endswith("hello"), s.endswith(""), s.endswith("d"))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9))
print(s.endswith("hello", 0, 5), s.endswith("hello", 0, 4), s.endswith("lo", None, 5))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.startswith(()))
print(s.endswith(("ld", "zz")), s.endswith(("a", "b", "world")), s.endswith(()))
print(s.startswith("o", -5), s.endswith("o", -10, -6), s.startswith("h", -100))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 11), s.endswith("", 12))
print(s.startswith("", 5, 3), s.endswith("", 5, 3))
print("".startswith(""), "".endswith(""), "".startswith("a"))
print("ñandú".startswith("ñ"), "ñandú".endswith("dú"), "ñandú".startswith("and", 1))
for bad in (1, ["he"], ("he", 1), None):
    try:
        s.startswith(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    s.endswith(b"ld")
except TypeError as e:
    print("TypeError", e)
try:
    s.startswith()
except TypeError as e:
    print("TypeError", type(e).__name__)
names = ["test_a.py", "main.c", "test_b.py", "README", "util.py"]
print([n for n in names if n.startswith("test_") and n.endswith(".py")])
print([n for n in names if n.endswith((".c", ".h"))])
