# str.format and str.format_map: a fixed set of random format strings checked against CPython
# (numbering, nesting, conversions, attribute and item lookups, every error case)
def run_markup(cases):
    class O:
        real = 5
    for f in cases:
        for args in (("xy", 3), (1.5, 4, "z"), ([7, 8], "s")):
            try:
                r = repr(f.format(*args, a="A", b=2, l={"x": 9}))
            except Exception as e:
                r = type(e).__name__ + ' ' + str(e)
            print(repr(f), r)
        try:
            r = repr(f.format_map({"a": "m", "b": 1}))
        except Exception as e:
            r = type(e).__name__ + ' ' + str(e)
        print(' m', r)
run_markup([
    '{!}{0[}',
    '{0:>{1}}{0:>{1}}',
    '{b}{}{0[}}',
    '{2}{0:}',
    '{0!r:}{l[x]}{0!s}{0:{a}{b}}',
    '{.x}{0]}{00}{0}',
    '{1}{:{}}{a{{',
    '{0:}{१}{0!',
])
run_markup([
    '}}',
    '{1}{0[0]}{2}{0:>{1}}',
    '{0[0]x}{a[0]}',
    '{!r:>5}{.x}{0.real}',
    '{a[0]}{0!s}{}{{',
    '}}{b}{0.real}',
    '{.x}{a[0]}',
    '}{0:5.2f}{0:}',
])
run_markup([
    '{0:d}{00}',
    '{00}',
    '}{:{:{}}}{2}',
    '{',
])
run_markup([
    '{0[0]x}{[0]}',
    '{a{!r:>5}{0!x}{0]}',
    '{१}x',
    '{१}{0:}',
    '{:{0}',
    '{0]}',
    '{a ',
    '{0!s}',
])
run_markup([
    '{.x}{0!a}{2}{a}',
    '{:{:{}}}{:{}}{!}',
    '{0!a}{0:{{}}}',
    '{:{}}{0:>{1}}{0!s}',
    '{{',
    '{a{{2}',
    '{.x}',
    '{[0]}{0!r:}{0:{{}}}{l[x]}',
])
run_markup([
    '{0.real}{0.}{b:^7}',
    '{l[x]}{0:d}{0[1]}',
    '{a}{0.nope}{१}',
    '{१}{b}{b}',
])
run_markup([
    '{0:5.2f}{1}',
    '{ a}{0:5.2f}{0[}{b:^7}',
    'é{:',
    '{0:{{}}}{b:^7}{}{:',
    '{b}{0!r:}{a{a:{}}',
    '{0[0]x}x{l[x]}{00}',
    '{a}',
    '{:{:{}}}',
])
run_markup([
    '{0]}{0!a}',
    '{0[1]}{0:{{}}}',
])
