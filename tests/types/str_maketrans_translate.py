# str.maketrans in its three forms and str.translate
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "12", "xy")
print(sorted(t2.items()), "axbycz".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, "c": 100, 101: "E"})
print(sorted(t3.items()), "abcde".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}))
print("hello".translate({}), "".translate(t), "xyz".translate(t))
print("héllo".translate({ord("é"): "e"}), "abc".translate({97: "\u20ac"}))
print("abc".translate({98: 66}), "abc".translate(["z"] * 98 + [None]))

class Table:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError
        return k + 1

print("abcq".translate(Table()))
print(str.maketrans("", ""), str.maketrans("", "", "ab"))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError", e)
try:
    str.maketrans([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "abc".translate({97: 1.5})
except TypeError as e:
    print("TypeError", e)
try:
    "abc".translate({97: 0x110000})
except ValueError as e:
    print("ValueError", e)
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
msg = "Hello, World!"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13))
strip_vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming In Python".translate(strip_vowels))
