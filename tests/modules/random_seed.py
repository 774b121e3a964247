# random.seed: the same seed gives the same sequence, different seeds differ
import random
def draw():
    return ([random.random() for _ in range(5)], [random.randint(0, 1000) for _ in range(5)],
            [random.getrandbits(32) for _ in range(3)], random.choice("abcdefgh"), random.randrange(0, 100, 7))
random.seed(123)
a = draw()
random.seed(123)
b = draw()
print(a == b)
random.seed(124)
c = draw()
print(a != c)
random.seed(0)
first = random.getrandbits(30)
random.seed(0)
print(first == random.getrandbits(30))
random.seed(2024)
seq1 = [random.randrange(1000) for _ in range(50)]
random.seed(2024)
seq2 = [random.randrange(1000) for _ in range(25)] + [random.randrange(1000) for _ in range(25)]
print(seq1 == seq2, len(set(seq1)) > 30)
random.seed(7)
x = list(range(10))
random.shuffle(x)
random.seed(7)
y = list(range(10))
random.shuffle(y)
print(x == y)
random.seed(99)
u1 = [random.uniform(0, 1) for _ in range(4)]
random.seed(99)
u2 = [random.uniform(0, 1) for _ in range(4)]
print(u1 == u2, all(0 <= v <= 1 for v in u1))
random.seed(1)
p = random.random()
q = random.random()
print(p != q)
