# str.expandtabs with default and explicit tab sizes, newlines reset the column
samples = ["a\tb", "\t", "ab\tcd\tef", "abcdefgh\ti", "abcdefg\th", "\t\t", "x\ny\tz",
           "12\t34\r56\t78", "no tabs", "", "tab at end\t", "é\tx"]
for s in samples:
    print(repr(s.expandtabs()))
    for n in (0, 1, 2, 4, 5):
        print("  ", n, repr(s.expandtabs(n)))
print(repr("a\tb".expandtabs(-1)), repr("a\tb".expandtabs(tabsize=3)))
print(len("\t".expandtabs(100)))
try:
    "a\tb".expandtabs("4")
except TypeError as e:
    print("TypeError", e)
lines = "name\tqty\tprice\napple\t3\t1.5\nkiwi\t12\t0.25"
print(lines.expandtabs(8))
print(lines.expandtabs(6))
# a tab moves to the next multiple of tabsize, counted from the last newline
for s in ("a\tb\tc", "abc\td\n\te", "\r\tx", "ab\x0b\tc"):
    out = s.expandtabs(4)
    print(repr(out), len(out))
print("\t".join(["1", "22", "333", "4444", "55555"]).expandtabs(4))
print("col\tcol".expandtabs(0) == "colcol", "x\t".expandtabs(1) == "x ")
