# Unpacking inside list, tuple, set and dict displays.

a = [1, 2]
b = (3, 4)
print([*a, *b])
print([0, *a, 5, *b, 6])
print((*a, *b))
print((*a,))
print(*a, *b)
print(sorted({*a, *b, 2, 3}))
print([*range(3), *"ab", *{"k": 1}])
print([*[], *()])

def gen():
    yield "g1"
    yield "g2"

print([*gen(), *gen()])

d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"a": 0, **d1, "b": -1})
print({**d1, "z": 26, **{}})
print({**{}})

# keys keep the position of their first appearance, values are the last
merged = {"x": 1, **{"y": 2, "x": 3}, "y": 4}
print(merged, list(merged))

# displays build new objects
c = [*a]
c.append(99)
print(a, c)

# starred assignment target vs display
first, *rest = [*a, *b]
print(first, rest)

# unpacking a set of ints into a sorted list
s = {5, 1, 3}
print(sorted([*s]))

# unpacking non-iterables and non-mappings fails
try:
    [*5]
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    {**[1]}
except TypeError as e:
    print("TypeError", type(e).__name__)

# nested displays
print([*[*a, *a], *((*b,),)])
matrix = [[1, 2], [3, 4]]
print([*matrix[0], *matrix[1]])
print({**{str(k): k for k in range(3)}, "3": 3})
