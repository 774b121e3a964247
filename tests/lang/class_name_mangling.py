# Private names: __name inside a class body becomes _ClassName__name.

class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._hint = "single underscore is not mangled"

    def balance(self):
        return self.__balance

    def __secret(self):
        return "secret method"

    def reveal(self):
        return self.__secret()

a = Account(100)
print(a.balance(), a.reveal(), a._hint)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError", e)
print(a._Account__balance, a._Account__secret())

# subclasses do not clash with the base class's private names
class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = "subclass private"

    def both(self):
        return self.__balance, self._Account__balance

s = Savings(5)
print(s.both(), s.balance())

# names with trailing double underscores are not mangled
class Dunder:
    def __init__(self):
        self.__special__ = "not mangled"

print(Dunder().__special__)

# mangling applies to any identifier in the class, including globals and class attrs
__module_level = "module private"

class UsesGlobal:
    __count = 0
    def get(self):
        try:
            return __module_level
        except NameError as e:
            return "NameError (name was mangled)"
    @classmethod
    def bump(cls):
        cls.__count += 1
        return cls.__count

print(UsesGlobal().get(), UsesGlobal.bump(), UsesGlobal.bump(), UsesGlobal._UsesGlobal__count)

# leading underscores in the class name are stripped for the mangled name
class _Hidden:
    def __init__(self):
        self.__x = 1

print(_Hidden()._Hidden__x)

# getattr with the unmangled string does not mangle
class G:
    def __init__(self):
        self.__v = "v"

print(hasattr(G(), "__v"), getattr(G(), "_G__v"))
