# str.removeprefix and str.removesuffix (3.9+)
print("test_case".removeprefix("test_"), "test_case".removeprefix("case"))
print("file.py".removesuffix(".py"), "file.py".removesuffix(".txt"))
print(repr("abc".removeprefix("")), repr("abc".removesuffix("")))
print(repr("abc".removeprefix("abc")), repr("abc".removesuffix("abc")))
print(repr("abc".removeprefix("abcd")), repr("".removeprefix("a")), repr("".removesuffix("")))
print("aaab".removeprefix("a"), "baaa".removesuffix("a"))
print("éclair".removeprefix("é"), "naïve€".removesuffix("€"))
print("MixedCase".removeprefix("mixed"), "MixedCase".removeprefix("Mixed"))
for bad in (None, 1, ("a",), b"a"):
    try:
        "abc".removeprefix(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        "abc".removesuffix(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    "abc".removeprefix()
except TypeError as e:
    print("TypeError", type(e).__name__)
names = ["img_001.png", "img_002.png", "doc.txt", "img_x.jpg"]
print([n.removeprefix("img_").removesuffix(".png") for n in names])
s = "prefix-body-suffix"
t = s.removeprefix("prefix-").removesuffix("-suffix")
print(t, s)
print("xx".removeprefix("x").removeprefix("x").removeprefix("x") == "")
print(b"bytes".removeprefix(b"by"), bytearray(b"data.bin").removesuffix(b".bin"))
