# number literals with letters or digits they cannot hold: CPython 3.11's messages
for s in ['x = 0b2', 'x = 0b12', 'x = 0o78', 'x = 0b1_2', 'x = 0xfg', 'x = 12abc', 'x = 1.5abc', 'x = 1e', 'x = 1e+', 'x = 1ea', 'x = 1_000_', 'x = 0b_', 'x = 1if x else 2', 'x = 1 if 1else 2', 'x = 1in [1]', 'x=1__2', 'x = 1.e5x', '1st = 1', 'x = 3.14.real', 'x = 1 .real', 'x = 1_0j', 'x = 0b1012', 'x = 0o', 'x = 0o19']:
    try: compile(s, '<s>', 'exec'); print(repr(s), 'ok')
    except SyntaxError as e: print(repr(s), '->', e.msg)
