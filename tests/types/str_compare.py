# string comparisons: lexicographic by code point, equality, sorting
print("a" < "b", "a" < "B", "B" < "a", "abc" < "abd", "abc" < "ab", "ab" < "abc", "" < "a")
print("a" == "a", "a" != "A", "abc" == "ab" + "c", "" == "", "x" <= "x", "y" >= "x")
print("Z" < "a", "9" < "A", " " < "0", "é" > "z", "€" > "é", "𝄞" > "€", "\uffff" < "𝄞")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "", " a"]))
print(sorted(["é", "e", "f", "€", "ß", "z"]), sorted(["ab", "a", "abc", "b"], reverse=True))
print(max("hello", "help", "helm"), min("xyz", "xy", "xz"))
print(max(["a", "B", "c"]), min("héllo"), max("héllo"))
print(("a", 1) < ("a", 2), ["b"] > ["a", "z"], "abc".__lt__("abd"), "a".__eq__(1))
for bad in (1, None, b"a", ["a"]):
    try:
        "a" < bad
    except TypeError as e:
        print("TypeError", e)
print("a" == 1, "1" == 1, "a" == b"a", "a" != None)
print(sorted(["b2", "a10", "a2", "a1"]), sorted(["x", "X", "y", "Y"], key=str.lower))
a = "hello world"
b = "hello " + "world"
print(a == b, a is not None, hash(a) == hash(b))
print("straße" == "strasse", "ß" < "t", "A" * 3 == "AAA")
words = ["pear", "Peach", "apple", "Apricot", "banana"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print("abc" < "abcd" < "abd" < "b", "b" > "abd" > "abcd")
print([c1 < c2 for c1, c2 in zip("aZ9é", "Aa:e")])
print("a\x00" > "a", "a\x00b" < "a\x01")
