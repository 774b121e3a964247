# Adjacent string literals are concatenated at compile time.

s = "hello" " " "world"
print(s)
s = ("this is a long string "
     "split over "
     'several lines')
print(s)
print("a" 'b' """c""" '''d''')
print(r"\n" "\n" == "\\n\n")
n = 5
print(f"n={n}" " and " f"twice={n * 2}")
print("{}" f"{n}".format("fmt"))
print(len("ab" "cd"), ("x" "y")[1])
print(b"by" b"tes")
parts = [
    "one"
    "two",        # concatenated
    "three",
]
print(parts)

def joined():
    return "re" "turned"

print(joined())
print(("%s-" "%s") % (1, 2))
print("abc" "def".upper())   # method applies to the whole literal
