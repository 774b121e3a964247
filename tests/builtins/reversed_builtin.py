# reversed(): sequences, ranges, dicts, __reversed__, __len__+__getitem__ protocol, errors
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(5))))
print(list(reversed(range(1, 10, 3))), list(reversed(b"xyz")), list(reversed(bytearray(b"12"))), list(reversed([])))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"), iter(r) is r)

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item%d" % i

class Custom:
    def __reversed__(self):
        return iter(["custom", "reverse"])

print(list(reversed(Seq())), list(reversed(Custom())))
for bad in (object(), {1, 2}, 5, None, (x for x in "ab")):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    reversed()
except TypeError as e:
    print("TypeError", e)
try:
    reversed([1], [2])
except TypeError as e:
    print("TypeError", e)
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
print("".join(reversed("stressed")), [x * 2 for x in reversed(range(3))])
s = "racecar"
print(list(reversed(s)) == list(s), s[::-1] == "".join(reversed(s)))
