# Generators driving for/else loops; break and completion.

def items(n):
    for i in range(n):
        print("produce", i)
        yield i
    print("generator finished")

for x in items(3):
    print("consume", x)
else:
    print("for-else: completed")

for x in items(5):
    if x == 1:
        print("break at", x)
        break
else:
    print("not printed")

# searching with a generator and for/else
def search(needle, haystack):
    for i, v in enumerate(x for x in haystack):
        if v == needle:
            print("found", needle, "at", i)
            break
    else:
        print(needle, "not found")

search("c", "abcd")
search("z", "abcd")

# an empty generator goes straight to else
def nothing():
    return
    yield

for x in nothing():
    print("never")
else:
    print("else for empty generator")

# continue inside a for over a generator
def evens_and_odds():
    yield from range(6)

for v in evens_and_odds():
    if v % 2:
        continue
    print("even", v)
else:
    print("done evens")

# an exception in the generator stops the loop, the else does not run
def failing():
    yield 1
    raise ValueError("generator failed")

try:
    for v in failing():
        print("got", v)
    else:
        print("not printed")
except ValueError as e:
    print("ValueError", e)

# nested generators with for/else
def rows():
    yield [1, 2, 3]
    yield [4, -5, 6]
    yield [7, 8, 9]

for row in rows():
    for v in (c for c in row):
        if v < 0:
            print("negative in", row)
            break
    else:
        print("row ok", row)
