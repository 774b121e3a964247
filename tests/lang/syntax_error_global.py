# global/nonlocal after the name was assigned in the same scope (an import does not count, as in CPython)
for s in ["def f():\n  x = 1\n  global x", "def f():\n  global x\n  x = 1\n  global x", "def f():\n  for x in y: pass\n  global x", "def f():\n  import x\n  global x", "def f():\n  global x\n  x = 1", "def f():\n  y = 1\n  def g():\n    y = 2\n    nonlocal y", "def f():\n  y = 1\n  def g():\n    nonlocal y\n    y = 2", "def f():\n  global x, y\n  x = y = 1", "def f():\n  def x(): pass\n  global x", "class A:\n  x = 1\n  global x"]:
    try: compile(s, '<s>', 'exec'); print(repr(s), 'ok')
    except SyntaxError as e: print(repr(s), '->', e.msg, e.lineno)
