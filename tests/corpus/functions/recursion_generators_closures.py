# Recursive closures and recursive generators.
def make_fact():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
print(make_fact()(12))
def walk(tree, depth=0):
    name, children = tree
    yield '  ' * depth + name
    for child in children:
        yield from walk(child, depth + 1)
tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [('b1', [('b1x', [])])])])
for line in walk(tree):
    print(line)
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])
print(count_change(100, [50, 25, 10, 5, 1]))
