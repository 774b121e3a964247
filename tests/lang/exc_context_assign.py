# __context__ takes only None or an exception (a non-exception crashed the next raise, which
# walks the chain); None ends the chain.  Found by the fuzzer.
try:
    raise ValueError('a')
except ValueError as e:
    try:
        e.__context__ = 5
    except TypeError as t:
        print('TypeError', t)
    e.__context__ = None
    try:
        raise KeyError('b')
    except KeyError as k:
        print(type(k.__context__).__name__, k.__context__.__context__)
    e.__context__ = IndexError('c')
    try:
        raise KeyError('d')
    except KeyError as k:
        print(repr(k.__context__), repr(k.__context__.__context__))
try:
    ValueError().__cause__ = 'x'
except TypeError as t:
    print('TypeError', t)
