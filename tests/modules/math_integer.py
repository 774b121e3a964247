# math integer functions: factorial comb perm gcd lcm isqrt prod
import math
print([math.factorial(n) for n in range(11)], math.factorial(30))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.gcd(), math.gcd(7))
print(math.gcd(12, 18, 24), math.gcd(17, 31, 5))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(3, 4, 5), math.lcm(), math.lcm(-4, 6), math.lcm(2 ** 40, 3 ** 20))
print([math.isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 100)], math.isqrt(10 ** 40), math.isqrt(2 ** 101))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 21)), math.prod([3], start=2), math.prod((5, 5)))
n = 10 ** 30 + 7
s = math.isqrt(n)
print(s * s <= n < (s + 1) * (s + 1))
for f, args in ((math.factorial, (-1,)), (math.factorial, (2.5,)), (math.comb, (-1, 2)), (math.perm, (5, -1)),
                (math.isqrt, (-4,)), (math.comb, (5.0, 2)), (math.gcd, (2.5, 5)), (math.isqrt, (4.0,))):
    try:
        f(*args)
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(type(math.factorial(5)).__name__, type(math.gcd(4, 6)).__name__, type(math.isqrt(17)).__name__)
print(sum(math.comb(10, k) for k in range(11)) == 2 ** 10)
print(math.factorial(True), math.comb(True, True), math.isqrt(True))
