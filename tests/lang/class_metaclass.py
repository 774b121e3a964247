# Metaclasses: a subclass of type used with the metaclass= keyword.

registry = []

class Registering(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        registry.append(name)
        return cls

    def describe(cls):
        return "class %s with %d bases" % (cls.__name__, len(cls.__bases__))

class Plugin(metaclass=Registering):
    pass

class AudioPlugin(Plugin):
    pass

class VideoPlugin(Plugin):
    pass

print(registry)
print(AudioPlugin.created_by, type(AudioPlugin).__name__, type(Plugin) is Registering)
print(VideoPlugin.describe(), isinstance(Plugin, type), isinstance(Plugin, Registering))

# metaclass methods are not visible on instances
try:
    AudioPlugin().describe()
except AttributeError as e:
    print("AttributeError", type(e).__name__)

# __call__ on the metaclass controls instance creation
class Counting(type):
    def __call__(cls, *args):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args)

class Widget(metaclass=Counting):
    def __init__(self, label):
        self.label = label

w1 = Widget("a")
w2 = Widget("b")
print(Widget.instances, w1.label, w2.label)

# calling the metaclass directly is like a class statement
Dynamic = Registering("Dynamic", (Plugin,), {"x": 1})
print(Dynamic.x, Dynamic.created_by, registry[-1], issubclass(Dynamic, Plugin))

# type is the metaclass of ordinary classes, and of itself
class Plain:
    pass

print(type(Plain) is type, type(type) is type, type(Registering) is type)
