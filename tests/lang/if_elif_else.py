# if / elif / else chains, nesting, and conditions of many types.

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in (-5, 0, 3, 10, 99, 100, 10 ** 20):
    print(n, classify(n))

# only the first true branch runs, conditions after it are not evaluated
def cond(name, value):
    print("test", name)
    return value

if cond("a", False):
    print("branch a")
elif cond("b", True):
    print("branch b")
elif cond("c", True):
    print("branch c")
else:
    print("else")

# if without else
for v in ([], [0], "", "0", 0.0, None, {}, {0: 0}):
    if v:
        print(repr(v), "truthy")

# nested if
def grade(score, bonus):
    if score >= 50:
        if bonus:
            return "pass+"
        else:
            return "pass"
    else:
        if score >= 40 and bonus:
            return "borderline"
        return "fail"

print(grade(60, True), grade(60, False), grade(45, True), grade(45, False))

# one-line forms
x = 5
if x > 3: print("big")
else: print("small")
if x: y = 1; z = 2
print(y, z)

# empty-ish bodies
if True:
    pass
elif False:
    pass
print("after pass")

# elif chain on strings
def kind(c):
    if c.isdigit():
        return "digit"
    elif c.isalpha():
        if c.isupper():
            return "upper"
        return "lower"
    elif c.isspace():
        return "space"
    return "other"

print([kind(c) for c in "a1 Z!"])
