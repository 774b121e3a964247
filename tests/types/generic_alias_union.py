# list[int] and int | None made at run time: type aliases, isinstance with a union
Vector = list[float]
Pair = tuple[int, str]
Table = dict[str, list[int]]
Opt = int | None
Num = int | float
class Point: pass
print(Vector, Pair, Table, Opt, Num, tuple[int, ...], list[Point], Point | None, set[int] | None, type[Point])
print(Vector(), Vector([1.5]), Table(a=[1]), Pair((1, "a")), tuple[()])
print(Vector.__origin__, Vector.__args__, Table.__args__, Opt.__args__)
print(isinstance(3, Num), isinstance(2.5, Num), isinstance("x", Num), isinstance(None, Opt), isinstance(None, Num))
print(issubclass(bool, Num), issubclass(str, Num), issubclass(bool, int | str))
print(int | int, (int | str) == (str | int), (int | str) == (int | float), list[int] == list[int], list[int] == list[str])
print(int | str | int, (int | str) | (float | int), None | int, int | list[int])
for bad in [lambda: int | 3, lambda: 3 | int, lambda: int["x"], lambda: (int | str)(), lambda: isinstance(3, int | 3 if False else 5)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]
print(scale([1.0, 2.0], 2), str(Num), repr(Opt), f"{Vector}", [Opt])
print(hash(int | str) == hash(str | int), len({list[int], list[int]}))
from collections import deque, defaultdict, OrderedDict, Counter
Queue = deque[int]
print(Queue, defaultdict[str, list], OrderedDict[str, int], Counter[str], Queue | None)
print(Queue([1, 2]), defaultdict[str, list](list), Queue.__origin__ is deque, isinstance(deque(), deque | list))
