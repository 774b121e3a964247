# a bare * must be followed by named parameters (not by **kwargs or nothing)
for s in ['def f(*): pass', 'def f(*, **k): pass', 'def f(a, *): pass', 'lambda *: 0', 'lambda *, **k: 0', 'def f(*,): pass', 'def f(*, a): pass', 'def f(*, a, **k): pass', 'def f(*a, **k): pass', 'def f(a, *, b=1): pass', 'lambda *, a: a']:
    try: compile(s, '<s>', 'exec'); print(repr(s), 'ok')
    except SyntaxError as e: print(repr(s), '->', e.msg)
