# conversion dunders: __float__/__int__/__round__/__trunc__/__floor__/__ceil__/__bytes__/__format__,
# __reversed__, __contains__, NotImplemented from __eq__, iteration through __iter__
import math
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __float__(self): return self.cents / 100
    def __int__(self): return self.cents // 100
    def __round__(self, n=None): return Money(round(self.cents, -2)) if n is None else Money(self.cents)
    def __trunc__(self): return self.cents // 100
    def __floor__(self): return math.floor(self.cents / 100)
    def __ceil__(self): return math.ceil(self.cents / 100)
    def __bytes__(self): return str(self.cents).encode()
    def __format__(self, spec): return format(self.cents / 100, spec or ".2f")
    def __bool__(self): return self.cents != 0
    def __reversed__(self): return iter([3, 2, 1])
    def __contains__(self, x): return x == self.cents
    def __eq__(self, o): return NotImplemented
    def __gt__(self, o): return self.cents > (o.cents if isinstance(o, Money) else o)
    def __hash__(self): return self.cents
m = Money(1234)
print(float(m), int(m), round(m), round(m, 1), math.trunc(m), math.floor(m), math.ceil(m), bytes(m))
print(f"{m}", f"{m:.1f}", format(m, "10.3f"), "{:>8}".format(m), bool(Money(0)), list(reversed(m)), 1234 in m)
print(m == m, m == Money(1234), m != 3, 5 < m, m > 10, Money(1) < Money(2))
print(sorted([Money(3), Money(1)], key=lambda x: x.cents), max([Money(5), Money(9)], key=float))
class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), 5 in It(), list(It()), sum(It()), sorted(It(), reverse=True), dict.fromkeys(It()))
