#!/usr/bin/env python3
"""Developer helper (not used by the build): lists the static names that the C sources use
and core/names.def lacks, including those made by macros (NATIVE_FN, METHOD_ENTRY, ...).
Usage: tools/names-scan.py [--add]   (--add appends them to core/names.def)"""
import glob, re, sys

src = []
for pat in ('core/*.[ch]', 'ports/*/*.[ch]', 'lib/*.h'):
    for f in glob.glob(pat):
        src.append(open(f, errors='replace').read())
text = '\n'.join(src)
used = set(re.findall(r'\bN_([A-Za-z0-9_]+)\b', text))
for macro, pos in (('NATIVE_FN', 1), ('NATIVE_FN_KW', 1), ('NATIVE_METHOD', 1), ('NATIVE_METHOD_KW', 1),
                   ('METHOD_ENTRY', 0), ('T', 0), ('X', 0), ('EXC_ENTRY', 0), ('MOD_FN', 0)):
    for m in re.finditer(r'\b' + macro + r'\(([^()]*)\)', text):
        args = [a.strip() for a in m.group(1).split(',')]
        if len(args) > pos and re.fullmatch(r'[A-Za-z_][A-Za-z0-9_]*', args[pos]):
            used.add(args[pos])
defined = set()
for line in open('core/names.def'):
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    defined.add('' if line.startswith('"') else line.split()[0])
skip = {'name', 'pyname', 'cname', 'STATIC_COUNT', 'STATIC_FINGERPRINT', 'fmt', 'doc'}
missing = sorted(n for n in used - defined if n not in skip and not n.isupper() and not n.startswith('ES_'))
print('\n'.join(missing))
if '--add' in sys.argv and missing:
    with open('core/names.def', 'a') as f:
        f.write('\n'.join(missing) + '\n')
