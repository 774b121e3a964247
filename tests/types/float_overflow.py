# float overflow and conversion errors
import math
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError", e)
try:
    1.5 * 10 ** 400
except OverflowError as e:
    print("OverflowError", e)
try:
    10 ** 400 + 0.5
except OverflowError as e:
    print("OverflowError", e)
try:
    2.0 ** 2000
except OverflowError as e:
    print("OverflowError", type(e).__name__)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    math.ceil(float("-inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    math.floor(float("nan"))
except ValueError as e:
    print("ValueError", e)
# multiplication overflows quietly to inf
print(1e308 * 10, -1e308 * 10, 1e200 * 1e200)
# underflow quietly to zero
print(1e-308 / 1e100, -1e-200 * 1e-200, 5e-324 / 2)
print(10 ** 300 / 10 ** 299, 10 ** 400 // 10 ** 399)
print(float(10 ** 308), float(2 ** 1023))
print(1e308 < 10 ** 309, 10 ** 309 > float("1e308"))
print(math.isinf(1e308 * 10), math.isnan(1e308 * 10 - 1e308 * 10))
print(issubclass(OverflowError, ArithmeticError), issubclass(ZeroDivisionError, ArithmeticError))
