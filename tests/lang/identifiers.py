# -*- coding: utf-8 -*-
# Identifiers: underscores, digits, non-ASCII letters, soft keywords used as names.

_private = 1
__dunder_like = 2
name_with_digits_123 = 3
CamelCase = 4
ALL_CAPS = 5
x1y2z3 = 6
print(_private, __dunder_like, name_with_digits_123, CamelCase, ALL_CAPS, x1y2z3)

café = "unicode identifier"
π = 3.14159
größe = 10
数量 = 7
print(café, π, größe, 数量)

def grüß(wer):
    return "Grüß " + wer

print(grüß("dich"))

# soft keywords are ordinary names outside their statements
match = "match is a name"
case = "case too"
_ = "underscore"
type_ = "type_"
print(match, case, _, type_)

def match_func(match, case=None):
    return match, case

print(match_func(1, case=2))

class case_class:
    match = "attribute named match"

print(case_class.match)

# names that shadow builtins are allowed
list_ = [1]
str_value = str(5)
print(list_, str_value)

# a single underscore as a throwaway loop variable
total = 0
for _ in range(3):
    total += 1
print(total, _)

# identifiers are case-sensitive
value = "lower"
Value = "capital"
VALUE = "upper"
print(value, Value, VALUE)

# attribute names may be keywords-like words that are not reserved
class Obj:
    pass

o = Obj()
o.print = "attribute named print"
o.match = "attribute named match"
print(o.print, o.match, getattr(o, "print"))
