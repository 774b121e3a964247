# Operator precedence and associativity.

print(2 + 3 * 4)
print((2 + 3) * 4)
print(2 ** 3 ** 2)          # right associative
print((2 ** 3) ** 2)
print(-2 ** 2)              # unary minus binds looser than **
print((-2) ** 2)
print(2 ** -1)              # but the exponent may be unary
print(-3 * -3)
print(10 - 4 - 3)           # left associative
print(100 / 10 / 5)
print(2 * 3 % 4)
print(17 // 5 * 5 + 17 % 5)
print(1 + 2 << 3)           # + before <<
print(1 << 2 + 3)
print(6 & 3 | 8)            # & before |
print(6 | 3 & 8)
print(5 ^ 3 & 1)            # & before ^
print(5 | 3 ^ 6)            # ^ before |
print(1 | 2 == 3)           # | before ==
print(~5 + 1)
print(- ~5)
print(not 1 == 2)           # not is looser than ==
print(not 1 + 1)
print(True or False and False)   # and before or
print((True or False) and False)
print(not True or True)
print(1 < 2 == 2 > 1)       # chained
print(1 + 1 if 0 else 2 + 2)     # conditional is looser than +
print(1 if True else 2 if False else 3)
f = lambda x: x + 1 if x else 0  # lambda is the loosest
print(f(1), f(0))
print(3 - -3, 3 + +3, 3 - - - 3)
print(2 * 3 ** 2 * 2)
print(-2 ** -2)
print(7 % 3 ** 2)
print(10 - 2 * 3 ** 2 // 4)
print([1, 2] * 2 + [3])
print("ab" * 2 * 2)
print(3 > 2 > 1, (3 > 2) > 1)
print(0 in [0] == [0])      # chained: (0 in [0]) and ([0] == [0])
print((0 in [0]) == [0])
print(1 if 2 in [1, 2] and 3 not in [1] else 0)
x = 5
print(x * 2 > 9 and x // 2 == 2 or False)
print(-x ** 2, (-x) ** 2)
print(x - 1 - -1)
print(2 ** 2 ** 0)
print(1 + 2 * 3 - 4 / 2 ** 2 % 3)
print(not not x, not x is None)
print(8 >> 1 >> 1, 8 >> (1 >> 1))
print([1, 2, 3][1:] + [4][::-1])
d = {"a": [1, 2, 3]}
print(d["a"][-1] ** 2, -d["a"][0])
print(1 + (2 if x > 3 else 3) * 2)
