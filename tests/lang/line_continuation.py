# Explicit and implicit line joining, semicolons, comments in odd places.

total = 1 + \
        2 + \
        3
print(total)

if total > 5 and \
   total < 10:
    print("in range")

values = [
    1,
    2,   # a comment inside brackets
    3,
]
print(values)

point = (
    10,
    20
)
print(point)

d = {
    "a": 1,

    "b": 2,
}
print(d)

result = max(
    4,
    9,
    2
)
print(result)

def f(a,
      b,
      c=3):
    return a + b + c

print(f(1,
        2))

s = ("implicit "
     "concatenation "
     "across lines")
print(s)

x = 1; y = 2; z = x + y
print(x, y, z)
if z: print("one-liner"); print("second statement")
for i in range(2): print("loop", i); print("same line")

# a backslash continuation inside an expression with operators
long_condition = True and \
    not False and \
    (1 < 2)
print(long_condition)

# brackets allow free indentation
matrix = [[1, 2, 3],
              [4, 5, 6],
    [7, 8, 9]]
print(matrix)

# comprehension split over lines
squares = [n * n
           for n in range(6)
           if n % 2 == 0]
print(squares)

# chained method calls over lines
text = ("  Some Text  "
        .strip()
        .lower()
        .replace(" ", "_"))
print(text)

# a trailing semicolon
print("trailing");
# a line with only a comment

    # an indented comment line does not matter
print("end")
