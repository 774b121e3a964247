def fib(n, _memo={0: 0, 1: 1}):
    if n not in _memo:
        _memo[n] = fib(n - 1) + fib(n - 2)
    return _memo[n]


def counter(start):
    n = start

    def step(by=1):
        nonlocal n
        n += by
        return n
    return step


class Registry:
    def __init__(self):
        self._items = {}

    def add(self, key, value):
        self._items[key] = value

    def __len__(self):
        return len(self._items)

    def __contains__(self, key):
        return key in self._items

    def __repr__(self):
        return "Registry(%s)" % ", ".join("%s=%r" % kv for kv in sorted(self._items.items()))


def first_words(text, n, *, sep=" "):
    return sep.join(text.split()[:n])
