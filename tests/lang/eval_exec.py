# eval() and exec() of source strings; syntax errors are reported as SyntaxError.

print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'a' + 'b'"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x", {"x": "global dict"}, {"x": "local dict"}))

ns = {}
exec("a = 5\nb = a * 2\ndef f(v):\n    return v + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1))

exec("print('printed by exec')")
exec("result = 6 * 7")
print(result)

code = """
total = 0
for i in range(5):
    total += i
"""
scope = {}
exec(code, scope)
print(scope["total"])

# exec returns None, eval returns the value
print(exec("1 + 1"), eval("1 + 1"))

# compile() then run
c = compile("3 ** 3", "<expr>", "eval")
print(eval(c))
c2 = compile("z = 'compiled'", "<stmt>", "exec")
exec(c2)
print(z)

# syntax errors are SyntaxError (a subclass of Exception)
for src in ("1 +", "def f(:", "x = = 1", "if True\n    pass", "return 5", "(]", "a b", "1 = x",
            "f(**x, *y)", "def g(a, a): pass", "nonlocal q", "break", "'unterminated"):
    try:
        exec(src)
        print("no error for", repr(src))
    except SyntaxError as e:
        print("SyntaxError for", repr(src))

# indentation errors are SyntaxErrors too
try:
    exec("if True:\npass")
except SyntaxError as e:
    print(type(e).__name__, isinstance(e, SyntaxError))
try:
    exec("  x = 1")
except SyntaxError as e:
    print(type(e).__name__, isinstance(e, SyntaxError))

# runtime errors inside exec propagate normally
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    eval("undefined_in_eval")
except NameError as e:
    print("NameError", e)
