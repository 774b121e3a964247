# syntax errors whose text is built at run time or chosen among several
srcs = [
    "f(a=1, a=2)", "f(x, y=1, y=2)",
    "True = 1", "False = 1", "None = 1", "(a, True) = 1, 2", "for None in x: pass",
    "if x:\npass", "while x:\npass", "for x in y:\npass", "try:\npass", "with x:\npass",
    "class A:\nx", "def f():\nx", "x = 1\n\n\nif x:\n  pass\nelse:\nz",
    "break", "continue", "def f():\n  break", "while x:\n  def f():\n    continue",
    "def f(x):\n  global x", "def f(x):\n  def g():\n    pass\n  nonlocal x",
    "def f():\n  x = 1\n  global x", "def f():\n  def g():\n    y = 2\n    nonlocal y",
    "def f():\n  nonlocal q", "def f():\n  def g():\n    nonlocal zz",
    "from m import a,", "from m import a, b,", "from m import ", "from m import a as b,\n",
    "f(1", "x = [1, 2", "d = {1: (2,\n", "s = 'abc", 'x = 1\ny = "abc\nz = 2',
    "x = '''abc", 'x = 1\ny = """a\nb\n', "x = '''a\nb\nc",
    "0b102", "0b1112", "0o78", "0o19",
    "b'\\x1'",
    "def f(a, a): pass", "def f(a, *, b, b=1): pass", "lambda q, q: 0",
    "def f(*a=1): pass", "def f(**kw=1): pass",
    " x = 1", "x = 1\n  y = 2", "if x:\n  y\n    z",
]
for s in srcs:
    try:
        compile(s, '<s>', 'exec')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), '->', type(e).__name__, e.msg, e.lineno)
