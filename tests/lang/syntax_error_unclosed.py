# a bracket left open at the end of the source: "'(' was never closed" at the bracket
sources = [
    "x = (1, 2",
    "x = [1, 2\n",
    "f(a, [1, 2], {3: (4,\n\n",
    "s = ')' + (\n",
    "# (\nx = {\n",
    "d = {'a': [1, 2]\n",
    "x = '''(''' + [\n",
    "print('x'\n",
    "total = (1 +\n         2 +\n",
    "x = (\n# )\n",
    "def f(a,\n",
    "t = ('a\\'(', \"b\"\n",
    "ok = (1, [2], {3})",
]
for s in sources:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "->", e.msg, "| line", e.lineno, "col", e.offset)
