# sys.path decides where modules are found; entries can be added at run time.

import sys

print(type(sys.path).__name__, len(sys.path) > 0)

try:
    import extra_mod
except ImportError as e:
    print(type(e).__name__, e)

sys.path.append("mods")
import extra_mod
print(extra_mod.GREETING, extra_mod.__name__)

# packages in the new directory work as well, including relative imports inside them
import shadow_pkg
print(shadow_pkg.PART, shadow_pkg.part.PART)

from shadow_pkg.part import PART
print(PART)

# removing the entry does not unload modules already imported
sys.path.remove("mods")
import extra_mod as again
print(again is extra_mod)
