# str.split with and without separator, maxsplit, whitespace rules
print("a b  c".split(), "  leading and trailing  ".split(), "".split(), "   ".split())
print("a\tb\nc\rd\x0be\x0cf\x1cg".split())
print("a,b,,c,".split(","), ",".split(","), "".split(","), "abc".split(","))
print("a::b::c".split("::"), "aaa".split("a"), "abcabc".split("bc"))
print("a b c d".split(None, 2), "a b c d".split(" ", 2), "a b c d".split(maxsplit=1))
print("a,b,c".split(",", 0), "a,b,c".split(",", -1), "a,b,c".split(",", 10))
print("  a  b  ".split(None, 1), "  a  b  ".split(" ", 1), "  a  b  ".split(maxsplit=0))
print("x".split(sep="x"), "1 2 3".split(sep=None), "1-2-3".split(sep="-", maxsplit=1))
print("é,ü,ö".split(","), "a€b€c".split("€"), "日本 語".split())
try:
    "a b".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "a b".split(1)
except TypeError as e:
    print("TypeError", e)
try:
    "a b".split(",", "1")
except TypeError as e:
    print("TypeError", e)
csv = "name,age,city\nann,30,oslo\nbob,25,rome"
rows = [line.split(",") for line in csv.split("\n")]
print(rows)
print([len(r) for r in rows])
words = "the cat sat on the mat".split()
print(len(words), words.count("the"), sorted(set(words)))
print("1 2 3".split() == ["1", "2", "3"], "1  2".split(" "))
print("a\n\nb".split("\n"), "a\n\nb".split())
print(repr(" x ".split(" ")), repr("x".split(" ")))
print("key = value".split("=", 1), [p.strip() for p in "key = value".split("=", 1)])
