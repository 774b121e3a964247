# print(): separators, line ends, multiple arguments, file argument.

import sys

print()
print("a")
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print("multi", end=" | ")
print("ends", end="\n\n")
print(1, 2.5, None, True, [1, "a"], (2,), {"k": "v"})
print(*range(5))
print(*range(5), sep="+")
print(*[], sep="never shown")
print("sep None", "default", sep=None)
print("end None", end=None)
print("", "")
print("", end="")
print("tab\tseparated", "\ttabs")
print("a", "b", sep="", end="")
print()
print("to stdout", file=sys.stdout)
print("to stdout with end", file=sys.stdout, end="\n")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print(str(1) + str(2), 1, 2, sep="|")

# objects printed with str()
class S:
    def __str__(self):
        return "S-object"

print(S(), [S()].__len__(), sep=" / ")

# sep and end must be strings or None
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=1)
except TypeError as e:
    print("TypeError", e)
