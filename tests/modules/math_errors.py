# math domain and range errors, and TypeErrors for non-numbers
import math
cases = [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.log, (10, 1)), (math.log, (10, 0)),
         (math.log2, (0,)), (math.log10, (-5,)), (math.acos, (2,)), (math.asin, (-1.01,)), (math.pow, (0, -1)),
         (math.pow, (-8, 1 / 3)), (math.fmod, (math.inf, 1)), (math.gamma, (0,)), (math.gamma, (-1,)), (math.lgamma, (0,)),
         (math.log1p, (-1,)), (math.acosh, (0,)), (math.atanh, (-1,))]
for f, args in cases:
    try:
        print(f.__name__, args, f(*args))
    except ValueError as e:
        print(f.__name__, args, "ValueError", e)
    except ZeroDivisionError as e:
        print(f.__name__, args, "ZeroDivisionError", e)
for f, args in ((math.exp, (1000,)), (math.pow, (10, 400)), (math.cosh, (1000,)), (math.sinh, (-1000,)), (math.ldexp, (1.0, 2000)),
                (math.gamma, (200,)), (math.expm1, (1000,))):
    try:
        print(f.__name__, f(*args))
    except OverflowError as e:
        print(f.__name__, "OverflowError", e)
for f in (math.sqrt, math.exp, math.sin, math.floor, math.log):
    for bad in ("1", None, [2], {}):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, "TypeError", e)
try:
    math.sqrt()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    math.log(1, 2, 3)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(math.log(10 ** 400) > 921, math.log2(2 ** 2000), math.exp(-1000))
print(issubclass(type(ValueError()), ArithmeticError), issubclass(OverflowError, ArithmeticError))
