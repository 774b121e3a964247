# exceptions raised inside special methods propagate out of containers and builtins
class Boom:
    def __init__(self, where): self.where = where
    def __eq__(self, o):
        if self.where == "eq": raise ValueError("eq failed")
        return False
    def __hash__(self):
        if self.where == "hash": raise TypeError("hash failed")
        return 1
    def __repr__(self):
        if self.where == "repr": raise RuntimeError("repr failed")
        return "Boom"
    def __iter__(self):
        if self.where == "iter": raise KeyError("iter failed")
        return iter([1])
    def __len__(self):
        if self.where == "len": raise IndexError("len failed")
        return 1
    def __lt__(self, o):
        if self.where == "lt": raise ArithmeticError("lt failed")
        return True
tests = [
    ("in list", lambda: Boom("eq") in [1, 2]),
    ("list.index", lambda: [1, Boom("eq")].index(Boom("x"))),
    ("dict set", lambda: {Boom("hash"): 1}),
    ("set add", lambda: {Boom("hash")}),
    ("print list", lambda: str([Boom("repr")])),
    ("f-string", lambda: f"{Boom('repr')!r}"),
    ("list()", lambda: list(Boom("iter"))),
    ("len", lambda: len(Boom("len"))),
    ("bool via len", lambda: bool(Boom("len"))),
    ("sorted", lambda: sorted([Boom("lt"), Boom("lt")])),
    ("max key", lambda: max([1, 2], key=lambda x: 1 / (x - 1))),
    ("map", lambda: list(map(int, ["1", "x"]))),
    ("dict eq", lambda: {1: Boom("eq")} == {1: Boom("x")}),
    ("tuple cmp", lambda: (Boom("lt"),) < (Boom("lt"),)),
    ("count", lambda: [Boom("x"), 1].count(Boom("eq"))),
    ("remove", lambda: [Boom("x")].remove(Boom("eq"))),
    ("str.join", lambda: ",".join(Boom("iter"))),
    ("zip", lambda: list(zip(Boom("iter"), [1]))),
    ("unpack", lambda: [a for a, in [Boom("iter")]]),
]
for name, f in tests:
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, "!", type(e).__name__, e)
