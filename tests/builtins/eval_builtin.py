# eval(): expressions, globals and locals mappings, builtins access, errors
print(eval("1 + 2 * 3"), eval("'ab' * 2"), eval("[x * x for x in range(4)]"), eval("  42  "))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x", {"x": "g"}, {"x": "l"}))
print(eval("len('abc')"), eval("abs(-3)", {}), eval("max(a, b)", {"a": 4}, {"b": 9}))
g = {"n": 3}
print(eval("n ** 2", g), "__builtins__" in g)
print(eval("lambda v: v + n", {"n": 100})(1))
print(eval("(1, 2)"), eval("{'a': [1, {2}]}"), eval("None"), eval("True and 'yes'"))
print(eval("a if a > 0 else -a", {"a": -5}), eval("f'{v:>4}'", {"v": 7}))
local = {"k": 1}
print(eval("k + 1", None, local), eval("sorted(d)", {"d": {"b": 1, "a": 2}}))
for src in ("1 +", "x = 5", "def f(): pass", "import os", ")"):
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError", type(e).__name__)
try:
    eval("undefined_name_xyz")
except NameError as e:
    print("NameError", e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    eval(42)
except TypeError as e:
    print("TypeError", e)
try:
    eval()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    eval("x", [])
except TypeError as e:
    print("TypeError", type(e).__name__)
print(eval(b"2 + 2"), eval("\n3\n".strip()), eval("'é'.upper()"))
exprs = ["2 ** 10", "7 // 2", "-7 % 3", "1e3", "0x1f", "0b101", "0o17", "10 ** 20"]
print([eval(e2) for e2 in exprs])
def scoped():
    inner = 5
    return eval("inner * 2")
print(scoped())
