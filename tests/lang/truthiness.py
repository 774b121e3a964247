# Truth values of builtin objects.

falsy = [None, False, 0, 0.0, -0.0, "", b"", bytearray(), [], (), {}, set(), frozenset(), range(0)]
truthy = [True, 1, -1, 0.1, float("nan"), float("inf"), " ", "0", "False", b"\x00", [0], (None,),
          {0: 0}, {0}, range(1), object(), len, type, 2 ** 100, -(2 ** 100), [[]]]

for v in falsy:
    print(type(v).__name__, bool(v), not v, "yes" if v else "no")
print(all(bool(v) for v in truthy), any(bool(v) for v in falsy))
print([type(v).__name__ for v in truthy if not v])

# bool() returns the singletons
print(bool(5) is True, bool("") is False, bool(), type(bool(1)).__name__)

# True and False are ints
print(True + True, True * 10, False - 1, True / 2, True == 1, False == 0, sum([True, True, False]))
print(str(True), repr(False), int(True), float(False), True & 1, hash(True) == hash(1))
print(isinstance(True, int), [1, 2][True], [1, 2][False])

# truthiness in control flow
count = 0
for v in falsy + truthy:
    if v:
        count += 1
print(count, len(truthy))
items = [3, 0, "", "a", None, [1]]
print([x for x in items if x], list(filter(None, items)))

# while with a truthy container
stack = [1, 2, 3]
popped = []
while stack:
    popped.append(stack.pop())
print(popped, bool(stack))

# any/all on empty
print(any([]), all([]), any([0, 0.0, ""]), all([1, "x", [0]]))
