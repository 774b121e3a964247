# zip(): any number of iterables, shortest wins, strict=, laziness, unzipping
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2], "ab")), list(zip("abc", range(10), [True, False])))
print(list(zip([], [1])), dict(zip("xyz", range(3))), list(zip(*[(1, "a"), (2, "b")])))
z = zip([1, 2], [3, 4])
print(next(z), next(z), next(z, "end"), iter(z) is z, type(z).__name__)
print(list(zip([1, 2], [3, 4], strict=True)), list(zip("ab", "cd", strict=False)))
try:
    list(zip([1, 2, 3], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError", e)
try:
    zip([1], None)
except TypeError as e:
    print("TypeError", e)
try:
    zip([1], bogus=True)
except TypeError as e:
    print("TypeError", e)
consumed = []

def gen(tag, n):
    for i in range(n):
        consumed.append(tag + str(i))
        yield i

print(list(zip(gen("a", 3), gen("b", 1))), consumed)
it = iter(range(6))
print(list(zip(it, it)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
names, ages = zip(*[("ann", 30), ("bob", 25)])
print(names, ages)
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])), list(zip(range(3), range(3, 6), range(6, 9))))
