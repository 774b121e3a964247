# all() and any(): empty iterables, short-circuit, truthiness of various values
print(all([]), any([]), all(()), any(""), all(x for x in []), any({}))
print(all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None, [], 0.0]))
print(all("abc"), any([[]]), all([[]]), any([[0]]), all({1: 0}), any({0: 1}))
print(all(range(1, 5)), all(range(0, 5)), any(range(0)), any(range(2)))
calls = []

def check(x):
    calls.append(x)
    return x

print(all(check(x) for x in [1, 1, 0, 1, 1]), calls)
calls.clear()
print(any(check(x) for x in [0, 0, 5, 0, 9]), calls)
calls.clear()
print(all(map(check, [True, None, True])), calls)
it = iter([1, 0, 2, 3])
print(all(it), list(it))
it = iter([0, 7, 8])
print(any(it), list(it))

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

print(all([Truthy(True), Truthy(True)]), any([Truthy(False)]), all([Truthy(False), 1]))
for bad in (1, None, 2.5):
    try:
        all(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        any(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    all()
except TypeError as e:
    print("TypeError", e)
try:
    any([1], [2])
except TypeError as e:
    print("TypeError", e)
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums), all(n > 0 for n in nums))
print(type(all([])).__name__, type(any([1])).__name__, any([0, 3]) is True)
