# random: only properties (ranges, types, bit widths); exact sequences differ between implementations
import random
random.seed(42)
r = [random.random() for _ in range(200)]
print(all(0.0 <= x < 1.0 for x in r), type(r[0]).__name__, len(set(r)) > 150)
ints = [random.randint(1, 6) for _ in range(300)]
print(min(ints) >= 1, max(ints) <= 6, sorted(set(ints)) == [1, 2, 3, 4, 5, 6])
rr = [random.randrange(10) for _ in range(200)]
print(all(0 <= x < 10 for x in rr), [random.randrange(5, 6) for _ in range(3)], all(x % 3 == 0 for x in (random.randrange(0, 30, 3) for _ in range(50))))
neg = [random.randrange(-10, -5) for _ in range(50)]
print(all(-10 <= x < -5 for x in neg), all(type(x) is int for x in neg))
u = [random.uniform(2.5, 3.5) for _ in range(100)]
print(all(2.5 <= x <= 3.5 for x in u), all(-1 <= random.uniform(1, -1) <= 1 for _ in range(20)))
items = ["a", "b", "c"]
ch = [random.choice(items) for _ in range(100)]
print(all(c in items for c in ch), sorted(set(ch)), random.choice("x"), random.choice([7]))
for k in (1, 8, 16, 31, 32, 33, 64):
    bits = [random.getrandbits(k) for _ in range(50)]
    print(k, all(0 <= b < 2 ** k for b in bits), max(bits).bit_length() <= k)
print(random.randint(3, 3), random.randrange(1), random.uniform(2, 2))
for call in (lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randint(3, 2), lambda: random.choice([])):
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError", type(e).__name__)
lst = list(range(20))
random.shuffle(lst)
print(sorted(lst) == list(range(20)), len(lst))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= x < 100 for x in s))
