# sort is stable: equal keys keep their original order, also with reverse=True
records = [("ann", 3), ("bob", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 3), ("gus", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: -r[1]))
# multi-pass sort: secondary key first, then primary
tmp = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(tmp, key=lambda r: r[1]))
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg", "h"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
# stability on larger input: key groups of 10, original index must stay increasing
data = [(i % 10, i) for i in range(150)]
data.reverse()
data.sort(key=lambda p: p[0])
ok = all(data[i][1] > data[i + 1][1] for i in range(len(data) - 1) if data[i][0] == data[i + 1][0])
print("stable", ok, data[:3], data[-3:])
mixed = [1, 1.0, True, 1]
print([type(x).__name__ for x in sorted(mixed)])
print([type(x).__name__ for x in sorted(mixed, reverse=True)])
flags = [False, True, False, True]
print(sorted(range(4), key=lambda i: flags[i]))
print(sorted(range(4), key=lambda i: flags[i], reverse=True))
vals = [3, 1, 2]
keys_called = []

def key(v):
    keys_called.append(v)
    return v

vals.sort(key=key)
print(vals, keys_called)
try:
    def bad(v):
        if v == 2:
            raise ValueError("bad key")
        return v
    z = [3, 2, 1]
    z.sort(key=bad)
except ValueError as e:
    print("ValueError", e, z)
