# Deep recursion through C on the board's 8 kB C stack: each case either gives CPython's answer
# or raises RecursionError (MemoryError is also accepted: the heap is 64 kB); it must never
# overflow the stack.  usage: espy cstack.py CASE  (tests/lx106/cstack.sh runs every case)
import sys

N = 400


def deep_list(n):
    x = []
    for i in range(n):
        x = [x]
    return x


def deep_tuple(n):
    x = ()
    for i in range(n):
        x = (x,)
    return x


def deep_dict(n):
    x = {}
    for i in range(n):
        x = {1: x}
    return x


class Repr:
    def __repr__(self):
        return repr(Repr())


class GetAttr:
    def __getattr__(self, name):
        return getattr(self, name + "x")


def nested(kind, n):
    src = "".join("    " * i + kind % i + "\n" for i in range(n)) + "    " * n + "pass\n"
    if kind.startswith("try"):
        src += "".join("    " * i + "finally:\n" + "    " * (i + 1) + "pass\n" for i in reversed(range(n)))
    exec(src, {})
    return "done"


def countdown(n):
    if n >= 0:
        yield n
        yield from countdown(n - 1)


def mapped(d):
    return d if d == 0 else list(map(mapped, [d - 1]))[0]


cases = {
    "list_eq": lambda: deep_list(N) == deep_list(N),
    "list_lt": lambda: deep_list(N) < deep_list(N),
    "tuple_eq": lambda: deep_tuple(N) == deep_tuple(N),
    "tuple_hash": lambda: hash(deep_tuple(N)) == hash(deep_tuple(N)),
    "dict_eq": lambda: deep_dict(N) == deep_dict(N),
    "list_in": lambda: deep_list(N) in [deep_list(N)],
    "list_index": lambda: [deep_list(N)].index(deep_list(N)),
    "set_add": lambda: len({deep_tuple(N)}),
    "sorted": lambda: len(sorted([deep_list(N), deep_list(N)])),
    "repr": lambda: len(repr(deep_list(N))),
    "format": lambda: len("{}".format(deep_tuple(N))),
    "json_dumps": lambda: len(__import__("json").dumps(deep_list(N))),
    "json_loads": lambda: len(__import__("json").loads("[" * N + "]" * N)),
    "eval_brackets": lambda: len(eval("[" * 150 + "]" * 150)),
    "eval_unary": lambda: eval("-" * 300 + "1"),
    "lambdas": lambda: eval("lambda: " * 100 + "1") is not None,
    "defs": lambda: nested("def f%d():", 60),
    "classes": lambda: nested("class C%d:", 60),
    "ifs": lambda: nested("if %d:", 90),
    "tries": lambda: nested("try:%.0s", 19),
    "comprehensions": lambda: len(eval("[" * 50 + "x for x in range(1)" + "] for x in range(1)" * 49 + "]")),
    "repr_loop": lambda: repr(Repr()),
    "getattr_loop": lambda: GetAttr().a,
    "yield_from": lambda: len(list(countdown(50))),
    "map_calls": lambda: mapped(50),
}

name = sys.argv[1]
try:
    print(cases[name]())
except RecursionError:
    print("RecursionError")
except MemoryError:
    print("MemoryError")
