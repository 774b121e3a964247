# User-defined exception classes: args, str, repr, extra attributes, hierarchies.

class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return "bad config %r: %s" % (self.key, self.reason)

class Retry(AppError):
    def __init__(self, attempts):
        self.attempts = attempts    # no super().__init__ call

try:
    raise ConfigError("port", "not a number")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, e.reason)
    print(repr(e))

try:
    raise Retry(3)
except AppError as e:
    print(type(e).__name__, e.attempts, e.args, repr(str(e)))

# plain subclasses keep Exception's behaviour
class Simple(Exception):
    pass

for args in ((), ("one",), ("a", 2), (None,), ([1, 2],)):
    e = Simple(*args)
    print(repr(e), "|", str(e), "|", e.args)

# catching the base class, and isinstance checks
errors = [ConfigError("k", "r"), Retry(1), Simple("s"), AppError("app")]
for err in errors:
    try:
        raise err
    except AppError as e:
        print("AppError handler:", type(e).__name__)
    except Exception as e:
        print("Exception handler:", type(e).__name__)

# an exception carrying a payload and a method
class HttpError(Exception):
    def __init__(self, status, message=""):
        super().__init__(status, message)
        self.status = status

    def is_client_error(self):
        return 400 <= self.status < 500

for st in (404, 503):
    try:
        raise HttpError(st, "oops")
    except HttpError as e:
        print(e.status, e.is_client_error(), e)

# exception classes with class attributes and deeper hierarchies
class Base(Exception):
    code = 1

class Mid(Base):
    code = 2

class Leaf(Mid):
    pass

try:
    raise Leaf("leaf")
except Base as e:
    print(type(e).__name__, e.code, [c.__name__ for c in type(e).__mro__][:4])

# an exception subclassing a builtin error
class ParseError(ValueError):
    pass

try:
    raise ParseError("cannot parse", 10)
except ValueError as e:
    print(type(e).__name__, e, e.args[1])

# args can be reassigned
e = Simple("x")
e.args = ("changed", 1)
print(e, e.args)
