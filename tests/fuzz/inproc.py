# In-process fuzzing of the parsers that take strings at run time (make fuzz runs this under the
# sanitizer build): json.loads, re.compile/match, int/float/complex parsing, str.format and
# %-formatting, struct, bytes.decode, eval of expressions.  Each input comes from a seeded
# random mutation of a valid one; any Python exception is fine, a crash is not.
#   espy tests/fuzz/inproc.py [SEED [N]]
import sys, random, json, re, struct

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
n = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
random.seed(seed)

seeds = {
    'json': ['{"a": [1, 2.5, -3e10, true, false, null], "b": {"c": "d\\u00e9\\n"}}', '[]', '"x"',
             '[[[[1]]]]', '{"k": 1e400}', '-0.0', '123456789012345678901234567890'],
    're': [r'(a|b)*c+?d{2,3}', r'^\w+@\w+\.com$', r'(?P<x>\d+)-(?P=x)', r'[^a-z\]\\]+', r'(?:ab){3,}',
           r'\bfoo\b|\Bbar', r'(a)(b)?(?(2)c|d)', r'x*?y+?z??', r'[\u00e9-\u00ff]'],
    'num': ['123', '-0x1F', '0b101', '1_000', '3.14e-10', 'inf', '-nan', '1e308', '0o17', '1+2j',
            '  42  ', '9' * 50],
    'fmt': ['{0:>10.3f}', '{x!r:^{w}}', '{:,d}', '{:_x}', '{0[1]}', '{:%}', '{:e}', '{{}}',
            '{:#o}', '{:+08.2f}', '{:c}'],
    'pct': ['%5.2f', '%-10s', '%(a)s', '%x', '%c', '%r %d', '%%', '%*d', '%.*f', '%#o', '%+e'],
    'struct': ['<iHb', '>q', '!2h', '3s', '@P', '<?xf', 'd', '10p', '>I4sh'],
    'expr': ['1 + 2 * 3', '[x for x in range(3)]', '{1: 2}', '(lambda a: a)(1)', '"ab" * 3',
             'not 1 or 2', '1 if 0 else 2', 'f"{1+1}"', '[1, 2][::-1]', '-(-1) ** 2'],
}
junk = ['(', ')', '[', ']', '{', '}', '\\', '"', "'", ',', ':', '.', '-', '+', 'e', 'E', '0', '9',
        '\x00', '\xff', '\u20ac', '\ud800', '*', '?', '|', '^', '$', '%', '!', '#', 'x', '_', ' ',
        '\n', 'j', 'inf', 'nan', '{0}', '(?', '[^', '\\x', '\\u', '\\N{', '{:', '%(']

def mutate(s):
    s = list(s)
    for _ in range(random.randint(1, 4)):
        k = random.randint(0, 4)
        i = random.randint(0, len(s))
        if k == 0 and s:
            del s[min(i, len(s) - 1)]
        elif k == 1:
            s[i:i] = list(random.choice(junk))
        elif k == 2 and s:
            j = random.randint(0, len(s))
            s[i:i] = s[min(i, j):max(i, j)]
        elif k == 3:
            s[i:i] = list(random.choice(junk) * random.randint(1, 300))
        elif s:
            s[min(i, len(s) - 1)] = random.choice(junk)
    return ''.join(s)

args = [1, -1, 0, 2**70, 1.5, -0.0, float('inf'), 'str', b'by', None, [1, 2], {'a': 1, 'x': 2, 'w': 3}]
counts = {}
for case in range(n):
    kind = random.choice(sorted(seeds))
    src = mutate(random.choice(seeds[kind]))
    try:
        if kind == 'json':
            json.loads(src)
        elif kind == 're':
            r = re.compile(src)
            r.match('abcd' * random.randint(0, 5) + src)
            r.sub('x', 'aab' * 3)
        elif kind == 'num':
            for f in (int, float, complex):
                try:
                    f(src)
                except (ValueError, TypeError, OverflowError):
                    pass
            int(src, random.choice([0, 2, 8, 16, 36]))
        elif kind == 'fmt':
            src.format(*args, **{'x': 1, 'w': random.choice([3, -1, 10**6])})
        elif kind == 'pct':
            src % tuple(random.sample(args, random.randint(0, 4)))
        elif kind == 'struct':
            struct.unpack(src, bytes(range(64))[:struct.calcsize(src)])
            struct.pack(src, *random.sample(args, random.randint(0, 3)))
        elif kind == 'expr':
            eval(src, {})
        res = 'ok'
    except MemoryError:
        res = 'MemoryError'
    except Exception as e:
        res = type(e).__name__
    counts[kind + ' ' + res] = counts.get(kind + ' ' + res, 0) + 1
for k in sorted(counts):
    print(k, counts[k])
print('inproc: %d cases from seed %d' % (n, seed))
