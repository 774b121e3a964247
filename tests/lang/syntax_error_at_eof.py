# errors found at the end of the source are reported at the end of the last line
for s in ['try:\n  pass\n', 'try:\n  pass', 'if x:\n', 'if x:', 'def f():\n', 'x = 1 +\n', 'x = 1 +', 'for x in y\n', 'class A(B):\n', 'if x:\n  pass\nelse\n', 'while x:\n  pass\n\n\n']:
    try: compile(s, '<s>', 'exec'); print(repr(s), 'ok')
    except SyntaxError as e: print(repr(s), '->', e.msg, '| line', e.lineno)
