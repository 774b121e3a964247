# str.replace with counts, empty patterns and non-ASCII
s = "one two one three one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("one", "1", -1), s.replace("four", "4"), s.replace(" ", ""))
print(repr("".replace("", "x")), repr("ab".replace("", "-")), repr("ab".replace("", "-", 1)))
print(repr("abc".replace("", "")), repr("".replace("a", "b")), repr("aaa".replace("a", "")))
print("aaaa".replace("aa", "b"), "aaaaa".replace("aa", "b"), "abab".replace("ab", "abab"))
print("héllo".replace("é", "e"), "€€".replace("€", "EUR"), "a€b".replace("", "."))
print("x".replace("x", "long replacement"), "xxx".replace("x", "yy", 2))
print(str.replace("a-b", "-", "+"), "tab\there".replace("\t", "    "))
print("Mississippi".replace("ss", "SS").replace("i", "!", 2))
try:
    s.replace("one")
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    s.replace(1, "x")
except TypeError as e:
    print("TypeError", e)
try:
    s.replace("one", None)
except TypeError as e:
    print("TypeError", e)
try:
    s.replace("one", "1", "2")
except TypeError as e:
    print("TypeError", e)
big = "ab" * 100
r = big.replace("a", "xyz")
print(len(r), r[:12], r.count("xyz"))
print(s.replace("one", "one") == s, s.replace("one", "one") is not None)
