# A relative import that goes above the top-level package.
from ... import anything
