# input(): reads a line from sys.stdin (replaced by StringIO), writes the prompt to stdout
import sys
import io
saved = sys.stdin
sys.stdin = io.StringIO("first line\nsecond\n\nlast without newline")
try:
    a = input()
    b = input("prompt> ")
    print()
    c = input("")
    d = input("? ")
    print()
    print(repr(a), repr(b), repr(c), repr(d))
    try:
        input("more> ")
    except EOFError as e:
        print()
        print("EOFError", repr(str(e)))
    sys.stdin = io.StringIO("42\n3.5\nx y z\n")
    n = int(input())
    f = float(input())
    words = input().split()
    print(n + 1, f * 2, words)
    sys.stdin = io.StringIO("")
    try:
        input()
    except EOFError as e:
        print("EOFError", type(e).__name__, isinstance(e, Exception))
    sys.stdin = io.StringIO("ü€\n")
    print(repr(input("Ω ")))
    try:
        input("a", "b")
    except TypeError as e:
        print("TypeError", e)
    sys.stdin = io.StringIO("line\r\nnext\n")
    print(repr(input()))
    sys.stdin = io.StringIO("5\n")
    print(repr(input(12)))
finally:
    sys.stdin = saved
print("restored", sys.stdin is saved)
