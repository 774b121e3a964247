# set operators | & - ^ and their augmented forms, with frozenset mixing
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | set(), a & set(), a - set(), set() - a, a ^ a)
c = a.copy()
c |= {7}
print(c)
c &= {1, 2, 7, 6}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
alias = c
alias |= {100}
print(c is alias, sorted(c))
fa = frozenset([1, 2])
print(fa | {3}, {3} | fa, type(fa | {3}).__name__, type({3} | fa).__name__)
print(fa & {2}, type(fa & {2}).__name__, {2} - fa, fa ^ frozenset([2, 5]))
for bad in (lambda: a | [1], lambda: a & (1,), lambda: a - "x", lambda: a ^ 1, lambda: a + b):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    d = {1}
    d |= [2]
except TypeError as e:
    print("TypeError", e)
print(a == {4, 3, 2, 1}, a != b, {1} == frozenset([1]), set() == frozenset(), a == [1, 2, 3, 4])
print(3 in a, 7 in a, 7 not in a, len(a), 3.0 in a, True in {1})
try:
    [1] in a
except TypeError as e:
    print("TypeError", e)
print({1, 2} | {2, 3} & {3, 4}, ({1, 2} | {2, 3}) & {3, 4}, {1, 2, 3} - {2} - {3})
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens ^ threes), len(evens | threes))
print(frozenset([1]) in {frozenset([1]): 0}, {1, 2} in [{2, 1}], set([frozenset()]) | {frozenset([1])} == {frozenset(), frozenset([1])})
