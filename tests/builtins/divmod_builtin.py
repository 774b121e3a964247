# divmod(): ints, big ints, floats, mixed, signs, errors, __divmod__
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (2 ** 70, 3), (-(2 ** 70), 10 ** 9)):
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2.0), (1, 0.3), (-1e-10, 1.0), (5, 2.5)):
    print(a, b, divmod(a, b))
print(divmod(True, 2), divmod(10, True), type(divmod(5, 2)).__name__)
for a, b in ((1, 0), (1.0, 0), (1, 0.0), (0, 0)):
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for a, b in (("7", 2), (7, "2"), (None, 1), ([1], 2)):
    try:
        divmod(a, b)
    except TypeError as e:
        print("TypeError", e)
try:
    divmod(1)
except TypeError as e:
    print("TypeError", e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __divmod__(self, n):
        return (Money(self.cents // n), Money(self.cents % n))
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __repr__(self):
        return "Money(%d)" % self.cents

print(divmod(Money(1003), 4), divmod(10, Money(3)))
secs = 98765
mins, s = divmod(secs, 60)
h, m = divmod(mins, 60)
print("%d:%02d:%02d" % (h, m, s))
digits = []
n = 2024
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits)
