# __init_subclass__: registries, keyword arguments, super() chaining to object's hook
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class CsvReader(Plugin, name="csv"):
    pass
class JsonReader(Plugin):
    pass
class StrictJson(JsonReader, name="strict"):
    pass
print(sorted(Plugin.registry))
print(CsvReader.plugin_name, JsonReader.plugin_name, StrictJson.plugin_name)
print(Plugin.registry["strict"].__name__, "plugin_name" in Plugin.__dict__)

# an unknown keyword reaches object.__init_subclass__
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError", e)

# a hook that only chains: each level sees the class being made
log = []
class Base:
    def __init_subclass__(cls, **kw):
        log.append(("Base", cls.__name__, sorted(kw)))
        super().__init_subclass__()
class Middle(Base):
    def __init_subclass__(cls, level=0, **kw):
        log.append(("Middle", cls.__name__, level))
        super().__init_subclass__(**kw)
class Leaf(Middle, level=2):
    pass
class Leaf2(Middle, level=3, extra=1):
    pass
for entry in log:
    print(entry)

# calling the hook directly
print(object.__init_subclass__())
print(Base.__init_subclass__())
try:
    object.__init_subclass__(x=1)
except TypeError as e:
    print("TypeError", e)

# without a hook, keywords in the class statement are an error
try:
    class Plain(x=1):
        pass
except TypeError as e:
    print("TypeError", e)
