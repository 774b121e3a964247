# str.count with substrings, empty substring, start and end
s = "abracadabra"
for sub in ("a", "ab", "abra", "bra", "z", "", "abracadabra", "abracadabrax"):
    print(repr(sub), s.count(sub))
print(s.count("a", 1), s.count("a", 1, 4), s.count("a", -4), s.count("a", -4, -1))
print(s.count("a", 100), s.count("", 100), s.count("", 5), s.count("", 5, 7), s.count("", 11))
print(s.count("a", 0, 0), s.count("", 3, 3), s.count("", 4, 2))
print("aaaa".count("aa"), "aaaaa".count("aa"), "".count(""), "".count("a"))
print("héllo wörld héllo".count("héllo"), "ééé".count("é"), "ééé".count(""))
print(s.count("a", None, None), s.count("a", None, 5), s.count("a", 2, None))
print("mississippi".count("ss"), "mississippi".count("i", 2, -2), "mississippi".count("issi"))
print(str.count("banana", "an"), "banana".count("ana"))
try:
    s.count()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    s.count(1)
except TypeError as e:
    print("TypeError", e)
try:
    s.count("a", "1")
except TypeError as e:
    print("TypeError", e)
print(s.count("a", -100, 100), s.count("ra", 9), s.count("ra", 8))
print([s.count(ch) for ch in "abcdr"])
total = 0
for ch in set(s):
    total += s.count(ch)
print(total == len(s))
