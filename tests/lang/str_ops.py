# String operations common in ordinary programs.

s = "Hello, World"
print(len(s), s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print(s.find("o"), s.find("o", 5), s.rfind("o"), s.find("z"), s.index("W"), s.count("l"))
print(s.startswith("Hell"), s.endswith("World"), s.startswith(("x", "H")), s.endswith("d", 0, 5))
print(s.replace("l", "L"), s.replace("l", "L", 2), s.replace("", "-")[:8])
print("  pad  ".strip(), "[" + "  pad  ".lstrip() + "]", "[" + "  pad  ".rstrip() + "]", "xxhixx".strip("x"))
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "".split(","), "".split())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join(str(i) for i in range(3)))
print("abc" * 3, "ab" + "cd", "b" in "abc", "d" not in "abc", "" in "")
print("42".isdigit(), "4a".isdigit(), "abc".isalpha(), "ab1".isalnum(), " \t".isspace(), "Ab".isupper(), "ab".islower())
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"))
print(ord("A"), chr(97), chr(0x263A) == "\u263a", [ord(c) for c in "hi!"])
print(str(123), str(1.5), str(None), str(True), str([1, "a"]), int("7") + 1)
print("%s is %d years and %.1f%% done" % ("Ann", 30, 99.5))
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print("tab\tsep".expandtabs(4), "CamelCase".lower(), "snake_case".upper())
print(sorted("banana"), "".join(sorted("banana")), "banana"[::-1], max("abc"), min("abc"))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "a" * 0 == "")

# strings are immutable: methods return new strings
t = "abc"
u = t.upper()
print(t, u)
try:
    t[0] = "x"
except TypeError as e:
    print("TypeError", e)

# building strings in loops
parts = []
for i in range(5):
    parts.append(str(i * i))
print("|".join(parts))
acc = ""
for ch in "stressed":
    acc = ch + acc
print(acc)

# counting words
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(text.title(), text.count("the"), text.replace("the ", ""))
