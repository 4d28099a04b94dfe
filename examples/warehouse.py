"""A small warehouse simulation: orders arrive, stock is reserved and shipped, restocking runs
on a schedule, and a report is printed at the end. Exercises classes, properties, generators,
exceptions, dicts, sorting and f-string formatting; its output is deterministic."""

import sys


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku, self.wanted, self.have = sku, wanted, have


class Item:
    __slots__ = ("sku", "name", "price", "_qty")

    def __init__(self, sku, name, price, qty):
        self.sku, self.name, self.price, self._qty = sku, name, price, qty

    @property
    def qty(self):
        return self._qty

    def take(self, n):
        if n > self._qty:
            raise OutOfStock(self.sku, n, self._qty)
        self._qty -= n

    def add(self, n):
        self._qty += n

    def __repr__(self):
        return f"Item({self.sku!r}, qty={self._qty})"


class Warehouse:
    def __init__(self, items):
        self.items = {it.sku: it for it in items}
        self.shipped = {}
        self.backorders = []
        self.revenue = 0.0

    def ship(self, order_id, lines):
        reserved = []
        try:
            for sku, n in lines:
                self.items[sku].take(n)
                reserved.append((sku, n))
        except OutOfStock as e:
            for sku, n in reserved:  # roll back the partial order
                self.items[sku].add(n)
            self.backorders.append((order_id, e))
            return False
        except KeyError as e:
            raise ValueError(f"order {order_id}: unknown sku {e.args[0]!r}") from e
        for sku, n in lines:
            self.shipped[sku] = self.shipped.get(sku, 0) + n
            self.revenue += n * self.items[sku].price
        return True

    def restock(self, threshold, amount):
        for it in sorted(self.items.values(), key=lambda i: i.sku):
            if it.qty < threshold:
                it.add(amount)
                yield it.sku


def orders(seed, count, skus):
    """A deterministic stream of orders (a linear congruential generator, no `random`)."""
    state = seed
    for order_id in range(1, count + 1):
        lines = []
        for _ in range(1 + order_id % 3):
            state = (state * 1103515245 + 12345) % 2**31
            lines.append((skus[state % len(skus)], 1 + (state >> 8) % 4))
        yield order_id, lines


def main(argv):
    count = int(argv[1]) if len(argv) > 1 else 60
    wh = Warehouse([
        Item("A-100", "anvil", 129.5, 12),
        Item("B-220", "bucket", 7.25, 40),
        Item("C-310", "chisel", 18.0, 15),
        Item("D-404", "drill", 89.99, 6),
        Item("E-512", "easel", 45.0, 9),
    ])
    skus = sorted(wh.items)
    ok = 0
    for order_id, lines in orders(2024, count, skus):
        ok += wh.ship(order_id, lines)
        if order_id % 10 == 0:
            restocked = list(wh.restock(threshold=5, amount=10))
            if restocked:
                print(f"after order {order_id:3d}: restocked {', '.join(restocked)}")
    try:
        wh.ship(999, [("Z-999", 1)])
    except ValueError as e:
        print(f"rejected: {e} (cause: {type(e.__cause__).__name__})")

    print(f"\n{'sku':<6} {'name':<8} {'left':>5} {'shipped':>8} {'value':>10}")
    for sku in skus:
        it = wh.items[sku]
        shipped = wh.shipped.get(sku, 0)
        print(f"{sku:<6} {it.name:<8} {it.qty:>5} {shipped:>8} {shipped * it.price:>10,.2f}")
    print(f"\nshipped {ok}/{count} orders, revenue {wh.revenue:,.2f}")
    short = {}
    for _, e in wh.backorders:
        short[e.sku] = short.get(e.sku, 0) + 1
    for sku, n in sorted(short.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {sku} short {n} time{'s' if n != 1 else ''}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
