# subset and superset relations with <, <=, >, >= and the named methods
a = {1, 2}
b = {1, 2, 3}
e = set()
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a > a, a >= a)
print(e < a, e <= e, e < e, a > e, b < a, b <= a)
print(a.issubset(b), b.issubset(a), a.issubset(a), e.issubset(e), a.issubset([1, 2, 9]), a.issubset(range(5)))
print(b.issuperset(a), a.issuperset(b), b.issuperset([3]), e.issuperset([]), a.issuperset("") )
print(a.isdisjoint({3}), a.isdisjoint({2}), e.isdisjoint(e), a.isdisjoint([]), a.isdisjoint(iter([5, 1])))
c = {4, 5}
print(a < c, a > c, a <= c, a >= c, a == c)
print(frozenset(a) < b, a <= frozenset(b), frozenset(b) > frozenset(a))
try:
    a < [1, 2, 3]
except TypeError as e2:
    print("TypeError", e2)
try:
    a.issubset(5)
except TypeError as e2:
    print("TypeError", e2)
sets = [{1}, {1, 2}, {2}, set(), {1, 2, 3}]
for x in sets:
    print(sorted(x), [y <= x for y in sets])
chain = [set(range(i)) for i in range(5)]
print(all(chain[i] < chain[i + 1] for i in range(4)), all(chain[i + 1] > chain[i] for i in range(4)))
print(max(sets, key=len), min(sets, key=len))
print(sorted(sets, key=len))
