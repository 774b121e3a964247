# a program mixing features: LRU cache on OrderedDict, linked list with __slots__ nodes, dates, CSV parsing
from collections import OrderedDict
class LRU:
    def __init__(self, cap): self.cap, self.d = cap, OrderedDict()
    def get(self, k):
        if k not in self.d: return -1
        self.d.move_to_end(k)
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap: self.d.popitem(last=False)
c = LRU(2)
c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2), c.get(3), list(c.d.items()))
class LinkedList:
    class _Node:
        __slots__ = ("val", "next")
        def __init__(self, val, nxt=None): self.val, self.next = val, nxt
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)): self.head = self._Node(x, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def reverse(self):
        prev, cur = None, self.head
        while cur: cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self): return " -> ".join(map(str, self)) or "empty"
ll = LinkedList([1, 2, 3, 4]); print(ll); ll.reverse(); print(ll, LinkedList())
def is_leap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def day_of_year(y, m, d):
    days = [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return sum(days[:m - 1]) + d
print([y for y in (1900, 2000, 2023, 2024) if is_leap(y)], day_of_year(2024, 3, 1), day_of_year(2023, 12, 31))
def weekday(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    y -= m < 3
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7
print(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][weekday(2024, 1, 1)])
csv = """name,qty,price
"Widget, large",3,2.50
Gadget,,10
"Quote ""x"" ",1,0.5"""
def parse_csv_line(line):
    out, cur, q, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if q:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"': cur += '"'; i += 1
            elif ch == '"': q = False
            else: cur += ch
        elif ch == '"': q = True
        elif ch == ",": out.append(cur); cur = ""
        else: cur += ch
        i += 1
    out.append(cur)
    return out
rows = [parse_csv_line(l) for l in csv.splitlines()]
hdr, body = rows[0], rows[1:]
recs = [dict(zip(hdr, r)) for r in body]
print(recs)
print(sum(int(r["qty"] or 0) * float(r["price"]) for r in recs))
