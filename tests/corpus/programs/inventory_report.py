# An inventory report: records, grouping, totals and formatted tables using f-strings with format specs.
RAW = '''sku,name,category,qty,unit_cost,reorder_at
A-100,Widget,hardware,120,2.50,50
A-101,Gadget,hardware,8,12.75,10
B-200,Notebook,stationery,300,0.99,100
B-201,Pen (blue),stationery,45,0.35,200
B-202,Pen (red),stationery,0,0.35,200
C-300,Coffee beans 1kg,grocery,17,18.40,5
C-301,Green tea,grocery,64,4.10,20
D-400,USB-C cable,electronics,33,7.99,40
D-401,Monitor 27",electronics,4,249.00,2
D-402,Keyboard,electronics,11,49.50,5
X-999,Broken row,hardware,lots,1.00,1
Y-000,Missing cost,hardware,5,,1'''

class Item:
    __slots__ = ('sku', 'name', 'category', 'qty', 'unit_cost', 'reorder_at')
    def __init__(self, sku, name, category, qty, unit_cost, reorder_at):
        self.sku, self.name, self.category = sku, name, category
        self.qty, self.unit_cost, self.reorder_at = qty, unit_cost, reorder_at
    @property
    def value(self):
        return self.qty * self.unit_cost
    @property
    def needs_reorder(self):
        return self.qty <= self.reorder_at

def load(text):
    lines = text.splitlines()
    header = lines[0].split(',')
    items, problems = [], []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = dict(zip(header, line.split(',')))
        try:
            items.append(Item(fields['sku'], fields['name'], fields['category'], int(fields['qty']),
                              float(fields['unit_cost']), int(fields['reorder_at'])))
        except ValueError as e:
            problems.append(f'line {lineno}: {e}')
    return items, problems

items, problems = load(RAW)
print(f'loaded {len(items)} items, {len(problems)} problems')
for p in problems:
    print(f'  ! {p}')

width = 66
print()
print(f"{'INVENTORY':^{width}}")
print('=' * width)
print(f"{'SKU':<6} {'Name':<18} {'Category':<12} {'Qty':>5} {'Unit':>9} {'Value':>10}")
print('-' * width)
for it in sorted(items, key=lambda i: (i.category, -i.value)):
    flag = '*' if it.needs_reorder else ' '
    print(f'{it.sku:<6} {it.name[:18]:<18} {it.category:<12} {it.qty:>5d} {it.unit_cost:>9.2f} {it.value:>10,.2f}{flag}')
print('-' * width)
total = sum(i.value for i in items)
print(f"{'TOTAL':<44} {sum(i.qty for i in items):>5} {'':>9} {total:>10,.2f}")
print()
groups = {}
for it in items:
    groups.setdefault(it.category, []).append(it)
print(f"{'Category':<12}|{'Items':^7}|{'Units':>7}|{'Value':>11}|{'Share':>7}|{'Avg cost':>9}")
print(f"{'':-<12}+{'':-^7}+{'':->7}+{'':->11}+{'':->7}+{'':->9}")
for cat in sorted(groups, key=lambda c: -sum(i.value for i in groups[c])):
    g = groups[cat]
    value = sum(i.value for i in g)
    units = sum(i.qty for i in g)
    avg = value / units if units else 0
    print(f'{cat:<12}|{len(g):^7}|{units:>7}|{value:>11.2f}|{value / total:>7.1%}|{avg:>9.3f}')
print()
reorder = [i for i in items if i.needs_reorder]
print(f'Reorder list ({len(reorder)}):')
for i, it in enumerate(sorted(reorder, key=lambda i: i.qty - i.reorder_at), 1):
    shortfall = it.reorder_at - it.qty
    print(f'{i:>2}. {it.name!r:<22} have {it.qty:>3}, threshold {it.reorder_at:>3}, short {shortfall:+d}')
print()
print(f'{"most valuable":>15}: {max(items, key=lambda i: i.value).name}')
print(f'{"cheapest unit":>15}: {min(items, key=lambda i: i.unit_cost).name} at ${min(i.unit_cost for i in items):.2f}')
print(f'{"total value":>15}: {total:_.2f} | {total:e} | {total:.3g} | {int(total):#x} | {int(total):b}')
print(f'{"stock levels":>15}: ' + ' '.join(f'{it.sku}={it.qty:03d}' for it in items[:5]))
print(f'{"percent empty":>15}: {sum(1 for i in items if i.qty == 0) / len(items):.2%}')
pct = [round(i.value / total * 100) for i in items]
bar_total = 40
print('value chart:')
for it in sorted(items, key=lambda i: -i.value)[:5]:
    n = round(it.value / total * bar_total)
    print(f'  {it.name:<16.16} {"#" * n:<{bar_total}} {it.value / total:6.2%}')
print()
print('price bands:')
bands = [(0, 1), (1, 10), (10, 100), (100, 1000)]
for lo, hi in bands:
    members = [i for i in items if lo <= i.unit_cost < hi]
    names = ', '.join(sorted(i.sku for i in members)) or '-'
    print(f'  [{lo:>4}, {hi:<4}) {len(members):>2} item{"s" if len(members) != 1 else " "}  {names}')
print()
print('restock plan (order up to twice the threshold):')
budget = 1500.0
spent = 0.0
for it in sorted(reorder, key=lambda i: i.unit_cost):
    want = 2 * it.reorder_at - it.qty
    affordable = min(want, int((budget - spent) // it.unit_cost))
    cost = affordable * it.unit_cost
    spent += cost
    status = 'full' if affordable == want else ('partial' if affordable else 'skipped')
    print(f'  {it.sku:<6}{want:>5} wanted {affordable:>5} ordered {cost:>9.2f} {status:>8}')
print(f'  {"spent":<29}{spent:>10.2f} of {budget:,.0f} ({spent / budget:.0%})')
