# str case conversion: capitalize casefold lower upper swapcase title
words = ["hello world", "HELLO WORLD", "hElLo wOrLd", "", "a", "123abc", "abc123def",
         "they're bill's friends", "  leading space", "x-ray y_z", "MiXeD-CaSe_words 9am",
         "o'neil mc-donald", "\tTab\nnew", "ALL-CAPS"]
for w in words:
    print(repr(w))
    print("  capitalize", repr(w.capitalize()))
    print("  casefold  ", repr(w.casefold()))
    print("  lower     ", repr(w.lower()))
    print("  upper     ", repr(w.upper()))
    print("  swapcase  ", repr(w.swapcase()))
    print("  title     ", repr(w.title()))
s = "Python"
print(s.upper() is not s, s.lower(), s)
print(str.upper("abc"), str.lower("ABC"), str.title("ab cd"))
try:
    "abc".upper(1)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    str.lower(5)
except TypeError as e:
    print("TypeError", type(e).__name__)
