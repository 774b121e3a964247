# exec, eval and compile of frozen constants: on the board the text of these literals is in
# flash, which the compiler copies to RAM first (core/compile.c: the lexer and the parser are
# built without -mforce-l32); the SyntaxError's message is put together by the lexer.
ns = {}
exec("y = 6 * 7\nz = [c.upper() for c in 'ab\u00e9']\ndef f(a, *b, k=1):\n    return f'{a}:{b}:{k}'", ns)
print(ns["y"], ns["z"], ns["f"](1, 2, 3, k=4))
print(eval("x", {"x": 5}), eval("len('caf\u00e9')"), eval("[i * i for i in range(4)]"))
for text in ("x = 0b102", "x = 0o9", "x = 1__0", "x = (1,", "def f(:"):
    try:
        compile(text, "<frozen text>", "exec")
    except SyntaxError as e:
        print(repr(text), e.msg, e.lineno)
code = compile("print('compiled', 'from', 'flash')", "<c>", "exec")
exec(code)
