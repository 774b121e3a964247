# Generator methods in classes, generators over object state, generators as __iter__.

class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self

    def low_stock(self, limit):
        for name, qty in self.items.items():
            if qty < limit:
                yield name, qty

    def __iter__(self):
        yield from sorted(self.items)

    @staticmethod
    def countdown(n):
        while n > 0:
            yield n
            n -= 1

    @classmethod
    def sample(cls):
        inv = cls()
        for name, qty in (("bolt", 3), ("nut", 50), ("gear", 1)):
            inv.add(name, qty)
            yield inv

inv = Inventory().add("apple", 5).add("pear", 1).add("fig", 12).add("apple", 2)
print(list(inv.low_stock(6)), list(inv), "fig" in inv)
print(list(Inventory.countdown(3)))
print([len(i.items) for i in Inventory.sample()])

# the generator sees changes to the object made between resumptions
class Queue:
    def __init__(self):
        self.data = []
    def drain(self):
        while self.data:
            yield self.data.pop(0)

q = Queue()
q.data.extend([1, 2])
d = q.drain()
print(next(d))
q.data.append(3)
print(list(d))

# a generator method with a default argument and keyword-only argument
class Seq:
    def __init__(self, n):
        self.n = n
    def values(self, start=0, *, step=1):
        i = start
        while i < self.n:
            yield i
            i += step

s = Seq(10)
print(list(s.values()), list(s.values(3, step=3)))

# a property returning a generator
class Words:
    def __init__(self, text):
        self.text = text
    @property
    def upper_words(self):
        return (w.upper() for w in self.text.split())

print(list(Words("a bc def").upper_words))

# inheritance: the subclass generator extends the base one
class Base:
    def parts(self):
        yield "base1"
        yield "base2"

class Derived(Base):
    def parts(self):
        yield "derived0"
        yield from super().parts()
        yield "derived3"

print(list(Derived().parts()))
