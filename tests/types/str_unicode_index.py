# indexing and len of non-ASCII strings (code points, not bytes)
s = "aé€𝄞z"
print(len(s), len(s.encode()))
print(s[0], s[1], s[2], s[3], s[4])
print(s[-1], s[-2], s[-3], s[-4], s[-5])
print([ord(c) for c in s])
print([len(c.encode()) for c in s])
for i in range(-5, 5):
    print(i, s[i], ord(s[i]))
for bad in (5, -6, 100):
    try:
        s[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError", e)
greek = "αβγδεζηθ"
print(len(greek), greek[3], greek[-1], greek.index("ε"), greek.find("θ"))
mixed = "x" * 10 + "ü" + "y" * 10 + "€"
print(len(mixed), mixed[10], mixed[21], mixed.index("€"), mixed.rfind("ü"))
cjk = "日本語テキスト"
print(len(cjk), cjk[0], cjk[-1], cjk[2:4], cjk.find("テ"))
emoji = "a😀b😃c"
print(len(emoji), emoji[1], emoji[3], [emoji[i] for i in range(0, 5, 2)])
print("é" == "\xe9", "\u00e9" == "é", "\U0001d11e" == "𝄞")
try:
    s[2] = "x"
except TypeError as e:
    print("TypeError", e)
print("".join(s[i] for i in range(len(s) - 1, -1, -1)))
print(max(s), min(s), sorted(s))
