# str.find and str.rfind with start/end and edge cases
s = "the quick brown fox jumps over the lazy dog"
for sub in ("the", "o", "fox", "dog", "cat", "", " ", "the lazy dog", "g"):
    print(repr(sub), s.find(sub), s.rfind(sub))
print(s.find("o", 13), s.find("o", 13, 15), s.find("o", 13, 16), s.rfind("o", 0, 20))
print(s.find("the", 1), s.rfind("the", 0, 33), s.rfind("the", 0, 34))
print(s.find("o", -10), s.rfind("o", -10), s.find("o", -10, -5), s.rfind("o", -100, -30))
print(s.find("", 5), s.rfind("", 5), s.find("", 100), s.rfind("", 100), s.find("", 43), s.rfind(""))
print(s.find("q", 5, 3), s.rfind("q", 5, 3), s.find("", 5, 3))
print("".find(""), "".rfind(""), "".find("a"), "a".find("a", 1))
u = "añoñoño"
print(u.find("ñ"), u.rfind("ñ"), u.find("ño", 2), u.rfind("ño", 0, 5), u.find("o", -2))
print("aaa".find("aa"), "aaa".rfind("aa"), "abcabc".rfind("abc", 1), "abcabc".find("cab"))
print(s.find("o", None), s.rfind("o", None, None), s.find("o", 5, None))
try:
    s.find()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    s.find(3)
except TypeError as e:
    print("TypeError", e)
try:
    s.rfind("a", 1.0)
except TypeError as e:
    print("TypeError", e)
pos = []
i = s.find("o")
while i != -1:
    pos.append(i)
    i = s.find("o", i + 1)
print(pos)
