# unterminated strings: the message names the line where the end of the source was found
sources = [
    's = """abc\ny = 2\n',
    's = """abc\ny = 2',
    'x = 1\ns = """abc\n\n\n',
    'doc = """one\ntwo\nthree\n',
    's = "abc\ny = 2\n',
    'x = 1\ns = \'abc\n',
    's = """ok"""\nt = "bad\n',
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, "| line", e.lineno)
