#!/usr/bin/env python3
"""Writes tests/c/dtoa_vectors.txt: CPython 3.11's own float repr, format() and float()
results, which tests/c/test_dtoa.c checks lib/dtoa.c against.  Run by hand when the cases
change (python3 tests/c/gen_dtoa_vectors.py > tests/c/dtoa_vectors.txt); the build and the
tests never need Python.

Line formats (fields separated by one space, the last field runs to the end of the line):
  r <bits> <repr(x)>
  f <type> <precision> <flags> <bits> <format(x, spec)>
      type '-' is the empty type; precision -1 is "not given"; flags: 1 '#', 2 'z'
  p <bits or ERR> <s>          float(s)
  R <ndigits> <bits> <bits of round(x, ndigits) or OVF>
<bits> is the IEEE-754 bit pattern in 16 hex digits."""
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expected output is CPython 3.11's"


def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


rng = random.Random(20240611)
out = []

special = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 5e-324, -5e-324,
           1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
           -1.7976931348623157e308, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 53 - 1, 9007199254740993.0,
           1e16, 1e16 + 2, 1e15, 9999999999999998.0, 1e17, 1e22, 1e23, 9.999999999999999e22,
           1e-4, 1e-5, 0.0001234, 0.00001234, 1e100, 1.23e-100, 123456789012345678.0,
           1234567890123456.0, 1.2345678901234567e16, 0.5, 0.25, 0.125, 2.675, 1.005, 4.35,
           299792458.0, 6.02214076e23, 1.602176634e-19, 3.141592653589793, 2.718281828459045,
           float('inf'), float('-inf'), float('nan'), 100.0, 1e21, 1e-7, 5e-5, 0.5e-4,
           8.41e21, 5.0e-324 * 3, 2.0 ** -1074 * 123456789, 2.0 ** -1022, 2.0 ** 1023,
           1.5, 2.5, 0.05, 0.15, 0.35, 12345.6789, 999999.9999999999, 0.9999999999999999]
for e in range(-30, 31):
    special.append(10.0 ** e)
    special.append(2.0 ** (e * 7))


def randbits_double():
    while True:
        b = rng.getrandbits(64)
        if (b >> 52) & 0x7ff != 0x7ff:
            return from_bits(b)


def rand_nice():
    k = rng.randrange(4)
    if k == 0:
        return rng.randrange(1, 10 ** rng.randrange(1, 18)) / 10 ** rng.randrange(0, 20)
    if k == 1:
        return float('%.*e' % (rng.randrange(0, 17), rng.uniform(-1, 1) * 10 ** rng.randrange(-30, 30)))
    if k == 2:
        return rng.uniform(-1000, 1000)
    return float(rng.randrange(-10 ** 6, 10 ** 6)) / 8


values = list(special)
values += [randbits_double() for _ in range(1500)]
values += [rand_nice() for _ in range(1500)]
for x in values:
    out.append('r %016x %s' % (bits(x), repr(x)))

# format(): every type, with and without precision and flags
fvalues = list(special) + [rand_nice() for _ in range(1000)] + [randbits_double() for _ in range(200)]
# hand-picked cases named by the task and PEP 3101 corners
fixed_cases = [(1e16, '', -1, 0), (1.0, '', -1, 0), (1.0, '', 3, 0), (1e-5, 'g', -1, 0),
               (1e-4, 'g', -1, 0), (100.0, '', 3, 0), (1234.0, '', 3, 0), (0.0, 'g', -1, 1),
               (0.0, 'e', -1, 0), (-0.0, 'f', 2, 2), (-0.001, 'f', 1, 2), (-0.001, 'f', 1, 0),
               (0.4, 'f', 0, 1), (0.5, 'f', 0, 0), (1.5, 'f', 0, 0), (2.5, 'f', 0, 0),
               (1.0, 'g', 0, 0), (123.0, 'g', 0, 0), (0.5, '%', 0, 0), (0.125, '%', 1, 0),
               (1e300, 'f', 0, 0), (5e-324, 'f', 1080, 0), (0.1, 'f', 60, 0), (0.1, 'e', 60, 0),
               (0.1, 'g', 60, 0), (0.1, 'g', 60, 1), (1e300, 'g', 400, 0), (5e-324, 'e', 800, 0),
               (2.0 ** -1074 * (2 ** 53 - 1), 'e', 780, 0), (1e22, 'f', 0, 1), (1e100, '', 5, 1),
               (float('inf'), '%', -1, 0), (float('-inf'), 'E', 3, 0), (float('nan'), 'F', -1, 0),
               (float('-nan'), 'g', -1, 0), (9.5, 'f', 0, 0), (0.05, 'g', 0, 0), (99.99, 'g', 2, 1),
               (99.99, 'g', 3, 0), (9.9999, 'e', 2, 0), (-0.0, '', -1, 2), (-0.0, '', -1, 0)]
types = ['e', 'E', 'f', 'F', 'g', 'G', '%', '']


def spec(t, p, fl):
    s = ('z' if fl & 2 else '') + ('#' if fl & 1 else '')
    if p >= 0:
        s += '.%d' % p
    return s + t


cases = list(fixed_cases)
for x in fvalues:
    for _ in range(2):
        t = rng.choice(types)
        r = rng.random()
        p = -1 if r < 0.2 else rng.randrange(0, 20) if r < 0.95 else rng.randrange(20, 70)
        fl = rng.choice([0, 0, 0, 1, 2, 3])
        if t in 'f%F' and abs(x) > 1e40 and p > 5:
            p = 2
        cases.append((x, t, p, fl))
for x, t, p, fl in cases:
    if t == '' and fl & 1 and p < 0:
        fl &= ~1   # '#' with no type and no precision is the same as without
    out.append('f %s %d %d %016x %s' % (t or '-', p, fl, bits(x), format(x, spec(t, p, fl))))

# float(): syntax corners
texts = ['0', '-0', '+0.0', '1', '1.', '.5', '-.5', '1.5e3', '1.5E-3', '1e+5', '1_000', '1_000.000_1',
         '1__0', '_1', '1_', '1_.5', '1._5', '1e1_0', '1e_10', '1e', '1e+', '.', '-', '+', '',
         'e5', '.e5', 'inf', '-inf', '+INF', 'Infinity', '-iNfInItY', 'infinit', 'infinityx', 'nan',
         '-nan', '+NaN', 'nan(1)', 'in', 'na', '0x10', '1e400', '-1e400', '1e-400', '2e-324',
         '3e-324', '2.4703282292062327e-324', '2.4703282292062328e-324', '1e-323',
         '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
         '179769313486231580793728971405301e276', '00000000000000000000001.5',
         '0.000000000000000000000000000000000000000000000000001e51', '9007199254740993',
         '9007199254740993.0000000000000000000000000001', '9007199254740992.9999999999999',
         '1' + '0' * 400 + 'e-400', '0.' + '0' * 400 + '1e400', '123456789012345678901234567890',
         '4.9406564584124654e-324', '1e0000000000000000000000000000001', '1e-99999999999999999999',
         '1e99999999999999999999', '0e99999999999999999', '1.0e-5_0', '12_34_56.78_9e-0_1']
half = '2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324'
texts += [half, half.replace('125e', '125000000000000000000001e'), half.replace('8125e', '8124999e')]
for s in texts:
    try:
        b = '%016x' % bits(float(s))
    except ValueError:
        b = 'ERR'
    out.append('p %s %s' % (b, s))

# round(x, n)
rcases = [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (-2.5, 0), (-0.4, 0), (1234.5, -1),
          (1250.0, -2), (1350.0, -2), (-1e-300, 5), (5e-324, 323), (5e-324, 324), (1e300, -300),
          (1.7976931348623157e308, -308), (1.5e308, -308), (0.1, 400), (123.456, -400), (0.0, 3),
          (-0.0, -3), (float('inf'), 2), (float('nan'), 2), (1e22, -21), (0.5, 1000), (9.995, 2),
          (1.0000000000000002, 15), (1.0000000000000002, 16), (1.0000000000000002, 17)]
for _ in range(1500):
    x = rand_nice() if rng.random() < 0.8 else randbits_double()
    rcases.append((x, rng.randrange(-25, 30)))
for x, n in rcases:
    try:
        r = '%016x' % bits(round(x, n))
    except OverflowError:
        r = 'OVF'
    out.append('R %d %016x %s' % (n, bits(x), r))

sys.stdout.write('\n'.join(out) + '\n')
