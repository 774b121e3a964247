# list methods: append extend insert remove pop clear copy count index reverse
a = [3, 1, 4]
a.append(1)
a.append([5])
print(a)
a.extend([9, 2])
a.extend((6,))
a.extend("ab")
a.extend(range(2))
a.extend({7: 0})
print(a, len(a))
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove(1)
print(a)
a.remove([5])
print(a)
print(a.count(1), a.count("a"), a.count(99), [1, 1, 1].count(1), [[1], [1]].count([1]))
print(a.index(9), a.index("a"), a.index(1, 2), a.index(3, 0, 2), a.index(1, -3))
b = a.copy()
b.reverse()
print(b, a == b[::-1], b is not a)
c = b
c.clear()
print(b, c, len(a))
print([1.0, 1, True].count(1), [0, False, 0.0].index(False))
for call in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].pop(-3)):
    try:
        call()
    except IndexError as e:
        print("IndexError", e)
for call in (lambda: [1, 2].remove(3), lambda: [1, 2].index(3), lambda: [1, 2, 3].index(1, 1)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
for call in (lambda: [].extend(5), lambda: [].insert("0", 1), lambda: [1].pop("0")):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
r = [1, 2]
print(r.append(3), r.extend([]), r.insert(0, 0), r.reverse(), r.clear(), r)
s = [1, 2]
s.extend(s)
print(s)
s.append(s)
print(s)
print(list.index([5, 6, 7], 7), list.count([1, 2, 1], 1))
