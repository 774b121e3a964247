# assignment to something that cannot be assigned: the '==' hint only for a single '=' target
for s in ['for 1 in x: pass','for f() in x: pass','for a+b in x: pass','with a as 1: pass','with a as f(): pass','[1 for 1 in x]','1 = x','f() = 1','a + b = 1','x, 1 = 1, 2','for x, 1 in y: pass','del 1','del f()','for None in x: pass', 'for ... in x: pass', '... = 1', 'with a as (b, 1): pass', 'a.b, f() = 1, 2', 'x = 1 = 2', '-x = 1', 'for -x in y: pass', 'for x.y in z: pass']:
    try: compile(s, '<s>', 'exec'); print(repr(s), 'ok')
    except SyntaxError as e: print(repr(s), '->', e.msg, e.offset)
for s in ['x = 1 = 2', '1 = x = 2', 'x = y = f() = 3', 'f() = x = 1', 'a, 1 = b = 2', 'x = (1, f()) = 2']:
    try: compile(s, '<s>', 'exec'); print(repr(s), 'ok')
    except SyntaxError as e: print(repr(s), '->', e.msg, e.offset)
