# Conditional expressions: only the chosen branch is evaluated.

def side(name, value):
    print("evaluated", name)
    return value

print(side("a", "A") if True else side("b", "B"))
print(side("a", "A") if False else side("b", "B"))
print(side("a", "A") if side("cond", 0) else side("b", "B"))

for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")

# nesting in both branches
def sign3(x):
    return (-1 if x < 0 else 1) if x else 0

print([sign3(v) for v in (-5, 0, 5)])

# inside calls, lists, lambdas, f-strings
print(max(1, 2) if 2 > 1 else min(1, 2))
print([x if x % 2 else -x for x in range(6)])
abs_ = lambda v: v if v >= 0 else -v
print(abs_(-3), abs_(4))
k = 2
print(f"{'many' if k > 1 else 'one'} item{'s' if k != 1 else ''}")

# the condition can be any object
for c in ([], [0], "", "x", None, 0.0):
    print(repr(c), "yes" if c else "no")

# in a default argument and a return
def f(x, y=None):
    y = [] if y is None else y
    y.append(x)
    return y if len(y) < 3 else y[:2]

print(f(1), f(2, [0]), f(3, [0, 0]))

# binds loosely: the whole arithmetic is one branch
print(1 + 2 if False else 3 + 4)
print((1 + 2 if True else 3) + 4)

# avoided division by zero
for d in (0, 4):
    print(10 / d if d else float("inf"))
