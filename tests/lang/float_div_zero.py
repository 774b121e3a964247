# Division by zero with floats and ints, and the operations that do not raise.

def attempt(label, fn):
    try:
        print(label, "=", fn())
    except ZeroDivisionError as e:
        print(label, "-> ZeroDivisionError:", e)

attempt("1.0 / 0", lambda: 1.0 / 0)
attempt("1 / 0.0", lambda: 1 / 0.0)
attempt("0.0 / 0.0", lambda: 0.0 / 0.0)
attempt("1.0 / -0.0", lambda: 1.0 / -0.0)
attempt("1.5 // 0.0", lambda: 1.5 // 0.0)
attempt("1.5 % 0.0", lambda: 1.5 % 0.0)
attempt("5 / 0", lambda: 5 / 0)
attempt("5 // 0", lambda: 5 // 0)
attempt("5 % 0", lambda: 5 % 0)
attempt("0 ** -1", lambda: 0 ** -1)
attempt("0.0 ** -2", lambda: 0.0 ** -2)
attempt("2 ** 100 / 0", lambda: 2 ** 100 / 0)
attempt("2 ** 100 % 0", lambda: 2 ** 100 % 0)
attempt("inf / 0", lambda: float("inf") / 0)
attempt("nan / 0", lambda: float("nan") / 0.0)
attempt("True / False", lambda: True / False)

# things that look dangerous but are fine
attempt("0 / 1", lambda: 0 / 1)
attempt("0.0 * 1e308", lambda: 0.0 * 1e308)
attempt("1 / 1e-320", lambda: 1 / 1e-320)
attempt("1e-320 / 1e300", lambda: 1e-320 / 1e300)
attempt("0 ** 0", lambda: 0 ** 0)
attempt("0.0 ** 0", lambda: 0.0 ** 0)
attempt("inf * 0", lambda: float("inf") * 0)

# ZeroDivisionError is an ArithmeticError
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)

# a safe division helper
def safe(a, b, default=None):
    try:
        return a / b
    except ZeroDivisionError:
        return default

print([safe(1, b, "n/a") for b in (2, 0, -4, 0.0)])
