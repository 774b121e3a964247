# f-strings: expressions, quotes of the other kind inside, doubled braces.

name = "world"
n = 42
print(f"hello {name}")
print(F"upper F {n}")
print(f'{n} in single quotes')
print(f"{n + 1} {n * 2} {n // 5} {n % 5} {-n}")
print(f"{'nested single'} and {name + '!'}")
print(f'{"nested double"} {"x" * 3}')
d = {"key": "value", "n": 1}
print(f"{d['key']} {d['n'] + 1}")
print(f"{[1, 2, 3][1]} {(1, 2)} {[x * x for x in range(4)]}")
print(f"{{literal braces}} {{{n}}} }} {{")
print(f"{len(name)} {name.upper()} {name[::-1]} {name[1:3]}")
print(f"{3 if n > 40 else 4} {n > 40 and 'big'}")
print(f"{(lambda v: v * 2)(21)}")
print(f"{None} {True} {3.5} {1e20} {'' or 'empty'}")
print(f"")
print(f"{name}{name}{n}")
print(f"{'{'}{'}'}")
print(f"multi {n} "
      f"line {name}")
print(f"""triple {n}
quoted {"with 'both' kinds"}""")
print(rf"raw \n {n}", fr"{name}\t")

# objects use __format__ / __str__
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"

p = P()
print(f"{p} {[p]}")

# expressions are evaluated left to right, each once
log = []

def v(x):
    log.append(x)
    return x

print(f"{v(1)}{v(2)}{v(3)}", log)

# nested f-string in an expression
w = 8
print(f"{f'{n:>{w}}'}|")

# errors inside the expression propagate
try:
    print(f"{1 / 0}")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(f"{undefined_name}")
except NameError as e:
    print("NameError", e)

# dict literal inside needs parentheses or spaces
print(f"{ {'a': 1}['a'] }")
print(f"{dict(b=2)}")
