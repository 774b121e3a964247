# compile(): exec, eval and single modes, running code objects, syntax errors
code = compile("x = 6 * 7", "<test>", "exec")
ns = {}
exec(code, ns)
print(ns["x"], type(code).__name__)
expr = compile("a + b", "<expr>", "eval")
print(eval(expr, {"a": 2, "b": 3}), eval(expr, {}, {"a": "x", "b": "y"}))
multi = compile("def f(n):\n    return n * n\nresult = [f(i) for i in range(4)]\n", "<multi>", "exec")
env = {}
exec(multi, env)
print(env["result"], callable(env["f"]))
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__)
loop = compile("total = 0\nfor i in range(5):\n    total += i\n", "<loop>", "exec")
g = {}
exec(loop, g)
exec(loop, g)
print(g["total"])
for src, mode in (("x = ", "exec"), ("1 +", "eval"), ("x = 1", "eval"), ("def f(:\n    pass", "exec"),
                  ("return 5", "exec"), ("  indented = 1", "exec")):
    try:
        compile(src, "<bad>", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, isinstance(e, SyntaxError))
try:
    compile("1", "<m>", "bogus")
except ValueError as e:
    print("ValueError", e)
try:
    compile("1", "<m>")
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    compile(123, "<m>", "exec")
except TypeError as e:
    print("TypeError", type(e).__name__)
c2 = compile(b"y = 'from bytes'", "<b>", "exec")
d = {}
exec(c2, d)
print(d["y"])
fn = compile("lambda q: q[::-1]", "<lam>", "eval")
rev = eval(fn)
print(rev("abc"), rev([1, 2]))
try:
    exec(compile("1 / 0", "<zero>", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
