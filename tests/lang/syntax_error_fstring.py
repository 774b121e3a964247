# f-string syntax errors: a field never closed, stray braces, empty fields, bad conversions
for s in ["x = f'{a b}'", "x = f'{a +}'", "x = f'{1 = 2}'", "x = f'{x!r:}'", "x = f'{'", "x = f'{x'", "x = f'{x:'", "x = f'{x!r'", "x = f'{{'", "x = f'{x}}}'", "x = f'}'", "x = f'{a!}'", "x = f'{}'", "x = f'{ }'", "x = f'{x:{y}'", "x = f'{x[1]}'", "x = f'{d[\"k\"]}'", "x = f'{x:>{w}}'", "x = f'''{\nx\n}'''"]:
    try: compile(s, '<s>', 'exec'); print(repr(s), 'ok')
    except SyntaxError as e: print(repr(s), '->', e.msg)
