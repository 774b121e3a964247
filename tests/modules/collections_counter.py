# collections.Counter: counting, most_common, update/subtract, elements, total, arithmetic
from collections import Counter
c = Counter("hello world")
print(c)
print(c.most_common(2), c["l"], c["zz"], "zz" in c, len(c))
c.update("lol"); c.update({"x": 3}, y=2)
print(c.most_common(3), c.total())
c.subtract(l=10)
print(c["l"], sorted(c.elements()))
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, a | b, a & b, b - a)
print(Counter(), repr(Counter([1, 1, 2])), Counter({"q": 0}), dict(Counter("aab")))
words = "the cat and the hat and the bat".split()
cnt = Counter(words)
for w, n in cnt.most_common():
    print(f"{w:5} {n}")
print(cnt.most_common(0), cnt.most_common(100) == cnt.most_common(), isinstance(cnt, dict))
cnt["new"] += 1
print(cnt["new"], list(cnt)[-1], Counter("abc") == Counter("cba"))
class MyCounter(Counter):
    pass
m = MyCounter("aab")
print(m, type(m).__name__, m.most_common(1))
print(Counter(x=2.5, y=1).most_common(), Counter("aab").copy(), sorted(Counter("banana").items()))
inventory = Counter(apples=3, pears=0)
inventory.update(["apples", "kiwis", "kiwis"])
print(inventory, +inventory if False else "", inventory.most_common(1)[0])
for bad in [lambda: Counter(5), lambda: Counter(None).update(7)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
letters = Counter(ch for ch in "Mississippi".lower() if ch.isalpha())
print(letters, "".join(sorted(letters.elements())))
