print("shadow_pkg/__init__ running")
from .part import PART
