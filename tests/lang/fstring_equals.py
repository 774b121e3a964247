# The = specifier: prints the expression text, "=", and the repr (or formatted value).

x = 10
name = "espy"
pi = 3.14159
print(f"{x=}")
print(f"{name=}")
print(f"{x = }")
print(f"{x= }")
print(f"{x =}")
print(f"{x + 1=}")
print(f"{name.upper()=}")
print(f"{name=!s}")
print(f"{name=!r}")
print(f"{pi=:.2f}")
print(f"{pi = :>10.3f}")
print(f"{x=:#x}")
print(f"{[1, 2]=} {None=}")
print(f"{x=}, {name=}")
items = {"a": 1}
print(f"{items['a']=}")
print(f"{len(items)=}")

class V:
    def __repr__(self):
        return "V()"
    def __str__(self):
        return "v-str"
    def __format__(self, spec):
        return "fmt:" + spec

v = V()
print(f"{v=}")
print(f"{v=!s}")
print(f"{v=:abc}")
print(f"{v}")
