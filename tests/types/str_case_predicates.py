# str.islower isupper istitle
samples = ["", "abc", "ABC", "Abc", "aBC", "abc1", "ABC1", "123", "a b", "A B", "Hello World",
           "Hello world", "HELLO world", "Hello2World", "Hello 2World", "hello World", "'Tis",
           "They'Re", "A", "a", " ", "X-Ray", "x-ray", "Ab Cd Ef", "AbC", "1A", "1a"]
for s in samples:
    print(repr(s), s.islower(), s.isupper(), s.istitle())
for s in samples:
    t = s.title()
    print(repr(t), t.istitle() or not any(c.isalpha() for c in s))
print("abc".upper().isupper(), "ABC".lower().islower(), "a".swapcase().isupper())
try:
    "x".islower(None)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(str.isupper("Q"), str.istitle("Q"), str.islower("q"))
print([w for w in "The Quick brown Fox".split() if w.istitle()])
print(sum(1 for c in "Hello World ABC" if c.isupper()), sum(1 for c in "Hello World" if c.islower()))
print("AB".isupper(), "a1!".islower(), "A1!".isupper(), "1!".isupper())
print("Hello\nWorld".istitle(), "Hello\nworld".istitle(), "Hi!There".istitle())
print("DZ".isupper(), "Dz".istitle())
