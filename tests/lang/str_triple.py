# Triple-quoted strings: newlines, embedded quotes, continuation, indentation kept.

s = """first
second
third"""
print(s)
print(len(s.splitlines()), repr(s))

t = '''it's "fine" to use 'both' here'''
print(t)

u = """ends with quote\""""
print(u)

v = """\
no leading newline
  indented line
last"""
print(v)

def f():
    text = """
    indentation
        is kept
    """
    return text

print(repr(f()))

empty = """"""
print(repr(empty), len(''''''))

w = """a ""quoted"" word"""
print(w)

x = """tab\there
escape \\ and \x41"""
print(x)

docstring_like = """
Title
=====
"""
print(docstring_like.strip().split("\n"))

b = b"""bytes
too"""
print(b, len(b))

# implicit concatenation with triple quotes
y = """one""" "two" '''three'''
print(y)
