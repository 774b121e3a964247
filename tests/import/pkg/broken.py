# A module whose execution fails half way.
print("pkg/broken running")
BEFORE_ERROR = 1
raise ZeroDivisionError("error while importing pkg.broken")
