# The exception classes below BaseException have no methods or C slots of their own (in espy
# they are type heads, obj.h TYPE_HEAD_ONLY): every operation on them, their instances and their
# subclasses goes to what they inherit.  Each generic operation is tried once on them here.

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)

e = KeyError('k')
v = ValueError(1, 2)
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')

# print, str, repr (the print slot along ->base)
print(repr(e), str(e), repr(v), str(v))
print(str(u))
print(ValueError.__repr__(v), ValueError.__str__(v), LookupError.__repr__(e))
print('%s|%r' % (v, v), f'{e!r}')

# unary: bool, hash, len, neg, abs, int
print(bool(e), bool(ValueError()))
print(hash(e) == hash(e), hash(e) == ValueError.__hash__(e))
attempt('len', lambda: len(e))
attempt('neg', lambda: -v)
attempt('abs', lambda: abs(v))
attempt('int', lambda: int(v))
attempt('index', lambda: [1, 2][v])

# binary and comparisons (object's identity compare)
print(e == e, e == KeyError('k'), e != e, v == 1)
attempt('lt', lambda: v < v)
attempt('add', lambda: v + 1)
attempt('radd', lambda: 1 + v)
attempt('in', lambda: 1 in v)
print(ValueError.__eq__(v, v), ValueError.__ne__(v, v), ValueError.__eq__(v, 1))

# attributes: load, store, delete, methods from BaseException's dict
v.note = 'n'
print(v.note, v.args, e.args, u.reason, u.start, u.end)
attempt('getattr', lambda: v.other)
attempt('missing', lambda: e.missing)
print(v.with_traceback(None) is v)
v.add_note('a note')
print(v.__notes__)
print(type(v).__name__, v.__class__ is ValueError)

# subscript, iteration, call
attempt('getitem', lambda: e[0])
def setitem():
    e[0] = 1
attempt('setitem', setitem)
def delitem():
    del e[0]
attempt('delitem', delitem)
attempt('iter', lambda: iter(e))
attempt('for', lambda: [x for x in v])
attempt('next', lambda: next(e))
attempt('call', lambda: e())
attempt('unpack', lambda: [*v])
print(callable(e), callable(KeyError))

# the classes: attributes, MRO, dir, dict, calls
print(KeyError.__name__, KeyError.__qualname__, KeyError.__module__, KeyError.__base__.__name__)
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print(issubclass(KeyError, LookupError), issubclass(KeyError, ValueError), isinstance(e, Exception))
print('__init__' in dir(KeyError), 'with_traceback' in dir(e), 'add_note' in dir(UnicodeDecodeError))
# a class's own dict: the head-only KeyError has not BaseException's methods in it
print('with_traceback' in BaseException.__dict__, 'with_traceback' in vars(KeyError), hasattr(KeyError, '__doc__'))
print(KeyError.with_traceback.__name__, KeyError('z').with_traceback.__name__)
print(KeyError('a', 'b').args, KeyError().args, OSError(2, 'nf').errno)
print(object.__repr__(e).startswith('<KeyError object at '))
attempt('setattr on class', lambda: setattr(KeyError, 'x', 1))
attempt('KeyError[int]', lambda: KeyError[int])

# user subclasses: their built-in base is a type head
class MyError(KeyError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)

class Seq(IndexError):
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
    def __len__(self):
        return 3

class It(StopIteration):
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

class Plain(ArithmeticError):
    pass

m = MyError('x', 'y')
print(repr(m), str(m), m.extra, m.args, isinstance(m, LookupError))
print([c.__name__ for c in MyError.__mro__])
s = Seq()
print(list(s), len(s), s[1], bool(s), 20 in s)
print(list(It()), repr(It('done')))
p = Plain('p')
print(repr(p), str(p), bool(p), p == p)
attempt('plain len', lambda: len(p))
attempt('plain iter', lambda: iter(p))
attempt('plain call', lambda: p())
attempt('plain add', lambda: p + p)
attempt('plain getitem', lambda: p[0])
print(hash(p) == hash(p), Plain.__repr__(p), Plain.__str__(p))
print('extra' in dir(m), sorted(k for k in vars(m)))
try:
    raise MyError('raised')
except LookupError as x:
    print('caught', repr(x), x.extra)

class Sub(Plain):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__)
class SubSub(Sub):
    pass
print([c.__name__ for c in SubSub.__mro__])

# super() through the heads
class Chain(ValueError):
    def __str__(self):
        return 'chain:' + super().__str__()
    def __repr__(self):
        return 'Chain/' + super().__repr__()
print(str(Chain('a')), repr(Chain('a', 'b')))
