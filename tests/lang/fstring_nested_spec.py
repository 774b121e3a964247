# Replacement fields nested inside format specs.

width = 10
prec = 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}}]")
print(f"[{'centre':^{width}}]")
print(f"[{value:{'<'}{width}.{prec - 1}f}]")
fill, align = "*", "^"
print(f"[{'mid':{fill}{align}{width}}]")
for w in range(1, 5):
    print(f"[{w:{w}}] [{'x':>{w * 2}}]")
spec = ".2e"
print(f"[{value:{spec}}] [{12345:{','}}]")
print(f"[{value:{width + 2}.{prec * 2}}]")

# table with computed column widths
rows = [("apple", 1.5), ("kiwi", 12.25), ("watermelon", 0.333)]
w1 = max(len(r[0]) for r in rows)
for name, price in rows:
    print(f"{name:<{w1}} | {price:>{8}.{2}f}")

# str.format with nested fields
print("{:{}{}}".format("x", ">", 5))
print("{0:{1}.{2}f}".format(value, 9, 1))
print("{v:{w}}|".format(v="k", w=4))

# the nested value is converted with str()
class W:
    def __str__(self):
        return "6"

print(f"[{7:{W()}}]")
