# Special methods of built-in types called directly: bound, unbound, through super(), and
# which ones exist (hasattr) - they come from the types' C slots.
print((7).__add__(3), (7).__sub__(10), (7).__rsub__(10), (7).__mul__(2.5), (7).__truediv__(2))
print((7).__floordiv__(2), (7).__mod__(3), (2).__pow__(10), (2).__rpow__(3), (7).__divmod__(2), (7).__rdivmod__(30))
print((-5).__neg__(), (-5).__abs__(), (5).__invert__(), (5).__pos__(), (0).__bool__(), (3).__index__())
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (16).__rshift__(2), (3).__rand__(5))
print((1.5).__add__(1), (1.5).__radd__(1), (2.0).__rtruediv__(1), (1.5).__neg__(), (1.5).__bool__(), (2.5).__int__())
print((7).__eq__(7), (7).__ne__(7), (7).__lt__(8), (7).__ge__(8), (7).__eq__("7"), (7).__lt__("x"))
print(int.__add__(2, 3), float.__mul__(1.5, 2), int.__bool__(0), bool.__index__(True), int.__neg__(True))
print("ab".__add__("cd"), "ab".__mul__(3), "ab".__rmul__(2), "%s!".__mod__("x"), "abc".__len__(), "abc".__contains__("bc"))
print("abc".__getitem__(1), "abc".__getitem__(slice(None, None, -1)), "a".__lt__("b"), "a".__eq__(1), "é".__hash__() == hash("é"))
print([1, 2].__add__([3]), [1].__mul__(3), [1, 2].__len__(), [1, 2].__contains__(2), [3, 1].__getitem__(-1))
print([1, 2].__eq__([1, 2]), [1].__lt__([2]), [1].__gt__([0, 5]), [1].__eq__((1,)), (1, 2).__add__((3,)), (1, 2).__hash__() == hash((1, 2)))
print({"a": 1}.__getitem__("a"), {"a": 1}.__len__(), {"a": 1}.__contains__("b"), {1, 2}.__and__({2, 3}), {1}.__or__({2}))
print(b"ab".__add__(b"c"), b"ab".__mul__(2), b"abc".__getitem__(0), b"abc".__len__(), bytearray(b"x").__len__())
print(range(5).__len__(), range(5).__getitem__(-1), range(5).__contains__(3), range(0).__bool__())
lst = [1, 2, 3]
lst.__setitem__(0, 9)
lst.__delitem__(1)
lst.__iadd__([7])
print(lst, lst.__iter__().__next__(), iter("xy").__next__())
d = {}
d.__setitem__("k", 1)
print(d, d.__eq__({"k": 1}), d.__or__({"z": 2}))
print(len.__call__([1, 2]), (lambda x: x * 2).__call__(4), str.__call__(5) if hasattr(str, "__call__") else "-")
print((5).__repr__(), (1.5).__repr__(), "é".__repr__(), "é".__str__(), [1, "a"].__repr__(), b"\x00".__repr__())
print((255).__format__("x"), (2.5).__format__(".3f"), "ab".__format__(">4"), True.__format__("d"), format(True, ""))
print(ValueError("bad").__str__(), ValueError("bad").__repr__(), KeyError("k").__str__())
print(None.__bool__(), None.__hash__() == hash(None))

# which special methods a built-in type has
for obj in (1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(2), None, True):
    names = [n for n in ("__len__", "__iter__", "__getitem__", "__setitem__", "__contains__", "__add__", "__mul__",
                         "__index__", "__neg__", "__bool__", "__call__", "__next__", "__or__", "__rmul__", "__iadd__")
             if hasattr(obj, n)]
    print(type(obj).__name__, names)
print(list.__hash__, dict.__hash__ is None, hash(int.__add__) == hash(int.__add__), int.__add__ == int.__add__)
print(int.__add__, str.__len__, int.__add__.__name__, int.__add__.__objclass__)

# subclasses reach the built-in slot through super() and the class
class L(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
    def __len__(self):
        return list.__len__(self) + 100

class S(str):
    def __add__(self, other):
        return S(str.__add__(self, other).upper())

class I(int):
    def __add__(self, other):
        return I(super().__add__(other) * 2)
    def __repr__(self):
        return "I(" + int.__repr__(self) + ")"

class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

ll = L([1, 2, 3])
print(ll[0], ll[-1], len(ll), list(ll))
print(S("ab") + "cd", type(S("x") + "y").__name__)
print(I(3) + 4, repr(I(5)), I(2).__add__(1), int.__add__(I(2), 1))
dd = D()
dd["x"] = 5
print(dd)

# errors
for bad in (lambda: int.__add__("a", 1), lambda: str.__len__(5),
            lambda: (1).__add__(), lambda: (1).__neg__(2), lambda: "abc".__getitem__("x"),
            lambda: [].__hash__(), lambda: (5).__len__(), lambda: "x".__sub__):
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
