# an inventory class: keyword-only args, raise from None, formatted report, dunder protocols
class Inventory:
    """Track items and quantities."""
    def __init__(self):
        self._items = {}
    def add(self, name, qty=1, *, price=None):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        entry = self._items.setdefault(name, {"qty": 0, "price": price})
        entry["qty"] += qty
        if price is not None:
            entry["price"] = price
        return self
    def remove(self, name, qty=1):
        try:
            entry = self._items[name]
        except KeyError:
            raise KeyError(f"no such item: {name}") from None
        if entry["qty"] < qty:
            raise ValueError("not enough %s: have %d, want %d" % (name, entry["qty"], qty))
        entry["qty"] -= qty
        if not entry["qty"]:
            del self._items[name]
    def __len__(self): return sum(e["qty"] for e in self._items.values())
    def __contains__(self, name): return name in self._items
    def __iter__(self): return iter(sorted(self._items))
    def __getitem__(self, name): return self._items[name]["qty"]
    def total_value(self):
        return sum(e["qty"] * (e["price"] or 0) for e in self._items.values())
    def report(self):
        lines = [f"{'item':<10}{'qty':>5}{'price':>8}"]
        for name in self:
            e = self._items[name]
            price = f"{e['price']:.2f}" if e["price"] is not None else "-"
            lines.append(f"{name:<10}{e['qty']:>5}{price:>8}")
        lines.append(f"{'total':<10}{len(self):>5}{self.total_value():>8.2f}")
        return "\n".join(lines)
inv = Inventory()
inv.add("apple", 5, price=0.5).add("pear", 2).add("apple", 3).add("fig", 10, price=0.25)
print(inv.report())
print(len(inv), "apple" in inv, "kiwi" in inv, inv["apple"], list(inv))
for op in [lambda: inv.remove("kiwi"), lambda: inv.remove("pear", 5), lambda: inv.add("x", 0), lambda: inv.add("x", 1, 2.0)]:
    try:
        op()
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e, e.__suppress_context__, e.__cause__)
inv.remove("pear", 2)
print(list(inv), Inventory.__doc__, Inventory.add.__name__)
try:
    inv["pear"]
except KeyError as e:
    print("KeyError", e)
