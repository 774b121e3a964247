# syntax errors as CPython 3.11 words them: Python 2 print, blocks missing their body,
# yield outside a function, a bare := statement
sources = [
    "print 'hello'",
    "x = 1\nprint x, y",
    "if x:\n    print 'nested'",
    "exec 'x = 1'",
    "print -1",
    "print",
    "if x:\npass",
    "if x:\n    pass\nelif y:\npass",
    "if x:\n    pass\nelse:\npass",
    "for i in x:\npass",
    "while x:\npass",
    "try:\npass",
    "try:\n    pass\nexcept ValueError:\npass",
    "try:\n    pass\nexcept:\npass",
    "try:\n    pass\nfinally:\npass",
    "with x:\npass",
    "def f():\npass",
    "class A:\npass",
    "@decorator\ndef f():\npass",
    "for x in y:\n    pass\nelse:\npass",
    "if (x and\n    y):\npass",
    "def f(a,\n      b):\npass",
    "def f():\n    if x:\n    pass",
    "class A:\n    def m(self):\n    return 1",
    "if x:\n# comment\n\npass",
    "x = yield 1",
    "yield",
    "class A:\n    yield 1",
    "def g():\n    x = yield 1",
    "f = lambda: (yield)",
    "x := 1",
    "(x := 1)",
    "y = x := 1",
    "y = (x := 1)",
    "x += y := 1",
    "a, b := 1, 2",
    "print(x := 1)",
    "if x := 1: pass",
    "[y := 1, 2]",
]
for s in sources:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, repr(s), "->", e.msg, "| line", e.lineno, "col", e.offset)
