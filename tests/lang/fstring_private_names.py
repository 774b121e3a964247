# f-string expressions use private (__x) names: mangled inside a class body, as outside f-strings
class Account:
    __rate = 2
    def __init__(self, owner, balance):
        self.__owner = owner
        self.__balance = balance
    def __str__(self):
        return f"Account({self.__owner!r}, {self.__balance:.2f})"
    def report(self):
        return f"{self.__owner:>6}|{self.__balance * self.__rate:8.1f}|{Account.__rate}"
    def nested(self):
        return f"{f'{self.__owner}'.upper()} {[f'{self.__balance + i}' for i in range(2)]}"
    def keys(self):
        return sorted(k for k in vars(self))

a = Account("ann", 12.5)
print(a)
print(a.report())
print(a.nested())
print(a.keys(), a._Account__balance)
print(f"{a._Account__owner=}")

class _Hidden:
    def __init__(self):
        self.__v = 7
    def show(self):
        return f"v={self.__v}"
print(_Hidden().show(), sorted(vars(_Hidden())))

# outside a class nothing is mangled, also in an f-string
class Plain:
    pass
p = Plain()
setattr(p, "__raw", 5)
print(f"{getattr(p, '__raw')}")
__module_private = "module level"
print(f"{__module_private}")
try:
    print(f"{p.__missing}")
except AttributeError as e:
    print("AttributeError", e)

class Outer:
    class Inner:
        def __init__(self):
            self.__x = "inner"
        def get(self):
            return f"[{self.__x}]"
    def __init__(self):
        self.__x = "outer"
    def get(self):
        return f"[{self.__x}] {self.Inner().get()}"
print(Outer().get())
print(sorted(vars(Outer())), sorted(vars(Outer.Inner())))
