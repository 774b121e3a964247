# Assignment expressions (:=) in conditions, loops and comprehensions.

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print(n)

# while loop reading chunks
stream = iter(["a", "b", "", "c"])
out = []
while (item := next(stream)):
    out.append(item)
print(out, repr(item))

# in a comprehension the target binds in the enclosing scope
values = [y for x in data if (y := x * 2) > 6]
print(values, y)
total = 0
sums = [total := total + x for x in range(5)]
print(sums, total)

def in_function():
    [last := c for c in "xyz"]
    return last

print(in_function())

# in a generator expression
print(any((hit := v) > 5 for v in data), hit)

# evaluation result is the value
print((a := 5) + a)
print([b := 1, b + 1])

# walrus in a nested function targets the function's local scope
def counter():
    count = 0
    def step():
        nonlocal count
        return (count := count + 1)
    return step

s = counter()
print(s(), s(), s())

# in an elif, and nested
def parse(text):
    if (i := text.find("=")) >= 0:
        return text[:i], text[i + 1:]
    elif (j := text.find(":")) >= 0:
        return text[:j], text[j + 1:]
    return None

print(parse("a=1"), parse("b:2"), parse("c"))

# walrus with function calls, computed once
calls = 0

def expensive(x):
    global calls
    calls += 1
    return x * 10

results = [r for x in range(4) if (r := expensive(x)) % 20 == 0]
print(results, calls)

# in a while with a counter
i = 0
while (i := i + 1) < 4:
    print("loop", i)
print("after", i)
