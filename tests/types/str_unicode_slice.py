# slicing of non-ASCII strings with steps
s = "añb€c𝄞dé"
print(len(s))
print(s[1:4], s[:3], s[5:], s[-3:], s[:-3], s[2:2], s[6:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-2::-3], s[5:1:-1])
print(s[0:100], s[-100:2], s[100:], repr(s[8:]), s[:0] == "")
for start in (None, 0, 2, -3):
    for stop in (None, 5, -1):
        for step in (None, 1, 2, -1, -2):
            print(repr(s[start:stop:step]), end=" ")
    print()
print(s[slice(1, 6, 2)], s[slice(None, None, -1)] == s[::-1])
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
t = "€" * 10
print(t[3:7], len(t[3:7]), t[::3], len(t[::3]))
print(s[2:5].encode(), s[::-1].encode())
u = "ü"
print(u[0:1] == u, u[1:], u[-1:], u[:-1] == "")
w = "Größe"
print(w[:3], w[3:], w[:3] + w[3:] == w, w[-2:], w[::-1])
print("".join([s[i:i + 2] for i in range(0, len(s), 2)]))
print([s[i:i + 3] for i in range(0, len(s), 3)])
