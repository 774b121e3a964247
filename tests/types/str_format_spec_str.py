# format() mini-language for str: fill, align, width, precision
s = "abc"
for spec in ("", "s", "5", "<5", ">5", "^5", "^6", "*<6", "*>6", "*^6", "0>5", "-^7",
             ".1", ".0", "5.2", ">5.2", "^9.1", "=^3", "2", ".5", "x^1", " ^8"):
    print(repr(spec), repr(format(s, spec)), repr(f"{s:{spec}}"))
print(repr(format("", "5")), repr(format("", "*^3")), repr(format("é€", "_^6")))
print(repr(format("ab", "{<4")), repr(format("ab", "}>4")), repr(format("ab", ":^4")))
print(repr(f"{'x':>{3}}"), repr(f"{'long text':.{4}}"), repr("{:^{}}".format("m", 5)))
for spec in ("d", "=5", "+5", " 5", ",", "_", "#", "05", "5x"):
    try:
        print(format(s, spec))
    except ValueError as e:
        print("ValueError", repr(spec), e)
print(repr(format("abc", "<0")), repr(format("abc", "")), format(None, ""), format([1], ""))
try:
    format(None, "5")
except TypeError as e:
    print("TypeError", e)
try:
    format("x", 5)
except TypeError as e:
    print("TypeError", e)
print(repr(format(s, "\u00e9<5")), repr(format("tab", "\t>5")))
table = [("apple", 3), ("kiwi", 12), ("banana", 7)]
for name, n in table:
    print(f"{name:<8}|{n:>4}|{name:^10}|")
