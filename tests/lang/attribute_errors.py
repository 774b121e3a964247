# AttributeError messages for instances, classes, modules and builtins.

class Thing:
    known = 1

t = Thing()
for getter in (lambda: t.unknown, lambda: Thing.unknown, lambda: (5).real_part,
               lambda: "s".missing, lambda: [].push, lambda: None.value, lambda: {}.iteritems,
               lambda: (1.5).numerator_x):
    try:
        getter()
    except AttributeError as e:
        print(e)

import math
try:
    math.tau_missing
except AttributeError as e:
    print(e)

# setting attributes on objects that have no instance dict
for target in (1, "s", [], None, object()):
    try:
        target.new_attr = 1
    except AttributeError as e:
        print(type(target).__name__, "->", type(e).__name__)

# hasattr / getattr default only swallow AttributeError
print(hasattr(t, "known"), hasattr(t, "unknown"), getattr(t, "unknown", "default"))

class Raises:
    @property
    def p(self):
        raise ValueError("not an AttributeError")

try:
    hasattr(Raises(), "p")
except ValueError as e:
    print("ValueError passes through hasattr:", e)

# getattr with a non-string name
try:
    getattr(t, 5)
except TypeError as e:
    print("TypeError", e)

# deleting a class attribute through an instance
try:
    del t.known
except AttributeError as e:
    print(e)

# AttributeError has name and obj? only the message is relied on here
try:
    t.other
except AttributeError as e:
    print(type(e).__name__, e.args)
