# collections.deque: append/appendleft, pop/popleft, extend/extendleft, rotate, maxlen, indexing
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft([0, -1])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d))
print(d, list(d), 3 in d, 99 in d, d.count(1), d.index(3))
d[0] = "first"
del d[1]
print(d)
d.remove(3)
print(d, d.reverse(), d)
d.insert(1, "ins")
print(d, d.copy() == d, d.copy() is not d)
d.clear()
print(d, len(d), bool(d))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1)
print(m)
m.extend([10, 11])
print(m)
m.extendleft([20])
print(m)
print(deque("abc"), deque(range(3), 2), deque(), deque([1], maxlen=0), deque().maxlen)
for call in (lambda: deque().pop(), lambda: deque().popleft()):
    try:
        call()
    except IndexError as e:
        print("IndexError", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError", e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print("ValueError", type(e).__name__)
try:
    deque([1], maxlen=-1)
except ValueError as e:
    print("ValueError", e)
q = deque()
for job in ("a", "b", "c"):
    q.append(job)
order = []
while q:
    order.append(q.popleft())
print(order, deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], list(reversed(deque([1, 2, 3]))))
window = deque(maxlen=3)
sums = []
for v in [1, 2, 3, 4, 5, 6]:
    window.append(v)
    sums.append(sum(window))
print(sums)
