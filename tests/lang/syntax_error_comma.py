# two expressions side by side inside brackets: "Perhaps you forgot a comma?" at the first;
# a bracket never closed is reported instead when that explains the error
sources = [
    "print(1 2)",
    "x = [1 2]",
    "f(a b)",
    "x = {1: 2 3: 4}",
    "x = (a b)",
    "print('a' x)",
    "f(x, y z)",
    "f(a=1 b=2)",
    "print('x' 'y' z)",
    "x = [a.b c]",
    "t = (1, 2 3)",
    "f(x\n  y)",
    "point = {'x': 1 'y': 2}",
    "values = [1, 2, 3 4, 5]",
    "x = [1, 2\ny = 3",
    "x = 1 2",
    "[x for x in y z]",
    "f(a if b else c)",
    "g = (x for x in range(3) if x)",
    "d = {k: v for k, v in items}",
    "ok = [1, -2, 3 - 4, 'a' 'b']",
]
for s in sources:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "->", e.msg, "| line", e.lineno, "col", e.offset)
