# set methods: add remove discard pop clear copy update and friends (small ints)
s = {3, 1, 2}
s.add(4)
s.add(1)
print(s, len(s))
s.remove(4)
s.discard(10)
s.discard(3)
print(s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError", e)
c = s.copy()
c.add(99)
print(s, sorted(c), c is not s, 99 in c, 99 in s)
p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError", e)
s.clear()
print(s, len(s), bool(s))
u = {1, 2}
u.update([3, 4], (5,), range(6, 8))
print(u)
u.intersection_update({1, 2, 3, 9}, [1, 3, 5])
print(u)
u = {1, 2, 3, 4}
u.difference_update({1}, [2])
print(u)
u.symmetric_difference_update({4, 5})
print(u)
print(set(), set([1, 2, 2]), set("aab") == {"a", "b"}, set(range(5)), set({1: 2}), set((1, 1, 1)))
print({1, 2}.union({3}), {1, 2}.union([2, 5], (6,)), {1, 2, 3}.intersection([2, 3, 4], {3}), {1, 2, 3}.difference([1], {3}))
print({1, 2}.symmetric_difference([2, 3]), {1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((1,)), {1}.isdisjoint([2, 3]))
for bad in ([1], {2}, {}):
    try:
        {1}.add(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    set(5)
except TypeError as e:
    print("TypeError", e)
try:
    {1}.update(3)
except TypeError as e:
    print("TypeError", e)
try:
    {1}.remove([1])
except TypeError as e:
    print("TypeError", e)
print(type({1}).__name__, type(set()).__name__, repr(set()), {1, 1.0, True}, {0, False})
drained = {4, 8, 15}
total = 0
while drained:
    total += drained.pop()
print(total, drained)
print({x % 5 for x in range(20)}, sorted({-x for x in range(4)}))
