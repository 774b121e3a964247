# slice(): one, two and three arguments, attributes, indices, errors
print(slice(3), slice(1, 3), slice(1, 3, 2), slice(None, None, -1), slice("a", [1], 3.5))
s = slice(2, 8, 3)
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop, slice(5).step)
print(s.indices(10), s.indices(5), slice(-1, None, -1).indices(4), slice(None).indices(0))
print("abcdefghij"[s], list(range(10))[slice(None, None, 4)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) == slice(None, 1), slice(1, 2) != slice(2, 1))
try:
    slice()
except TypeError as e:
    print("TypeError", e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    slice("a").indices(3)
except TypeError as e:
    print("TypeError", e)
try:
    slice.indices(slice(1), -1)
except ValueError as e:
    print("ValueError", e)
cuts = [slice(0, 2), slice(2, 5), slice(5, None)]
word = "segmented"
print([word[c] for c in cuts], "".join(word[c] for c in cuts) == word)
print(type(s).__name__, isinstance(s, slice))
lst = list(range(8))
lst[slice(1, 7, 2)] = ["x"] * 3
print(lst)
del lst[slice(None, None, 2)]
print(lst)
