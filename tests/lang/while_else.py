# while loops: else clause runs only when the condition becomes false,
# not after break; continue skips to the test.

n = 0
while n < 3:
    n += 1
else:
    print("else ran, n =", n)

n = 0
while n < 10:
    if n == 4:
        print("break at", n)
        break
    n += 1
else:
    print("not printed")

# else runs even if the body never executes
while False:
    print("never")
else:
    print("else of empty loop")

# continue
i = 0
odds = []
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    odds.append(i)
else:
    print("odds", odds)

# search loop idiom
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")

find([4, 5, 6], 5)
find([4, 5, 6], 7)
find([], 1)

# while True with break and a return inside a function
def collatz(n):
    steps = 0
    while True:
        if n == 1:
            return steps
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1

print([collatz(k) for k in range(1, 12)])

# condition evaluated each iteration
items = [1, 2, 3]
while items:
    print("pop", items.pop())
else:
    print("emptied")

# nested while with else on both
a = 0
while a < 2:
    b = 0
    while b < 2:
        b += 1
    else:
        print("inner done", a, b)
    a += 1
else:
    print("outer done")
