# int @ int is a TypeError (the small-int shortcut returned 'not supported' as a value: a crash). Found by fuzzing.
x, y = 10, 6
for src in ('x @ y', '10 @ 6', 'x @ 2**70', '2**70 @ x', 'True @ 1', '1 @ 1.5'):
    try:
        print(eval(src))
    except TypeError as e:
        print('TypeError', e)
try:
    x @= y
except TypeError as e:
    print('TypeError', e)
x += 1
x -= 2
x *= 3
x //= 2
x **= 2
x <<= 70
x >>= 69
print(x, 3 in range(5), x in [x])
try:
    print(10 @ 6 in range(10 ** 7))
except TypeError as e:
    print('TypeError', e)
