# exception objects: args, str(), repr() for zero, one and several arguments
for e in (Exception(), Exception("msg"), Exception("a", 2), ValueError(""), ValueError(42),
          TypeError("t", None), KeyError("k"), KeyError(), IndexError(3), RuntimeError("x", "y", "z"),
          StopIteration(), StopIteration(5), OSError(2, "No such file"), ZeroDivisionError("div")):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("changeable")
e.args = ("new", "args")
print(e, e.args)
e.custom = 1
print(e.custom)
try:
    raise ValueError("raised", 7)
except ValueError as err:
    print(err.args, err.args[0], str(err), len(err.args))

class MyError(Exception):
    pass

class WithInit(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code
        self.text = text

class WithStr(Exception):
    def __str__(self):
        return "custom str"

print(repr(MyError("m")), str(MyError("m", 1)), MyError().args)
w = WithInit(404, "not found")
print(w.args, w.code, w.text, str(w), repr(w))
print(str(WithStr("ignored")), repr(WithStr("ignored")))
try:
    raise MyError
except MyError as err:
    print(type(err).__name__, err.args, repr(err))
try:
    raise WithInit(1, "x")
except Exception as err:
    print(type(err).__name__, err.code, isinstance(err, WithInit))
print(Exception("a") == Exception("a"), Exception.__name__, BaseException.__name__)
print(str(Exception(None)), repr(Exception(None)), str(Exception([1, 2])), repr(Exception("quote'")))
s = StopIteration(3)
print(s.value, StopIteration().value)
ex = SystemExit(2)
print(ex.code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
ke = KeyboardInterrupt()
print(repr(ke), isinstance(ke, Exception), isinstance(ke, BaseException))
ge = GeneratorExit()
print(repr(ge), isinstance(ge, Exception))
