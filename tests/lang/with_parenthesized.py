# parenthesized with-items (3.10 syntax): with or without 'as', trailing comma, over several lines
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n); return False
with (CM(1) as a, CM(2) as b):
    print(a, b)
with (CM(3), CM(4)):
    pass
with (CM(5) as c,
      CM(6)):
    print(c)
with CM(7) as (x):
    print(x)
class CM2:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with CM2() as (p, q):
    print(p, q)
with (CM(8)):
    pass
with (CM(9),):
    pass
try:
    with (CM(10), CM(11)) as t:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
with (CM(12), CM(13) as d):
    print(d)
