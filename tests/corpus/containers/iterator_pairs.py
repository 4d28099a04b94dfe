# dict.items(), enumerate() and two-way zip() hand out (a, b) pairs; like CPython they refill the last pair
# in place when nobody kept it. Kept pairs must never change, and everything else about the
# pairs must look the same.
import gc

d = {"a": 1, "b": [2], "c": (3,)}
kept = []
for pair in d.items():
    kept.append(pair)
print(kept, [type(p).__name__ for p in kept], len({id(p) for p in kept}))
print(list(d.items()), list(enumerate("xyz")), list(enumerate(d.items(), 5)))

held = None
for k, v in d.items():
    if held is not None:
        print("held still", held)
    held = (k, v)
seen = []
it = iter(d.items())
first = next(it)
second = next(it)
print(first, second, first is second)
del first
third = next(it)
print(second, third)

# Unpacked at once: values come and go, and the pairs stay correct.
total = 0
for i, (k, v) in enumerate(d.items()):
    total += i
    print(i, k, v)
print(total)

# The collector sees what a refilled pair holds.
for k, v in {"n": 1, "l": []}.items():
    print(k, gc.is_tracked((k, v)))
pairs = enumerate([[1], 2])
p1 = next(pairs)
print(p1, gc.is_tracked(p1))
del p1
p2 = next(pairs)
print(p2, gc.is_tracked(p2))

# enumerate past the inline int range, and with big and negative starts.
big = 2**62 - 2
print(list(enumerate("abcd", big)), list(enumerate("ab", -1)), list(enumerate("ab", 2**70)))
for i, ch in enumerate("ab", big + 1):
    print(i, type(i).__name__, ch)

# Errors are unchanged.
dd = {1: 1}
try:
    for k, v in dd.items():
        dd[k + 1] = v
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)


# Pairs holding objects with finalizers release them in order.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


for i, obj in enumerate([Noisy(1), Noisy(2)]):
    print("visit", obj.n)
print("loop done")
obj = None
for k, v in {"x": Noisy(3)}.items():
    pass
v = None
print("end")


# zip of two iterables refills its pair too; other widths and strict mode are unchanged.
kept = list(zip("ab", [1, [2]]))
print(kept, kept[0] is kept[1])
for x, y in zip(range(3), "xyz"):
    print(x, y)
print(list(zip("abc", range(2))), list(zip()), list(zip("a", "b", "c")))
z = zip([1, 2], [3, 4])
first = next(z)
second = next(z)
print(first, second)
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("abc", "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(dict(zip("kv", (1, 2))), {(a, b) for a, b in zip("aab", "xxy")} == {("a", "x"), ("b", "y")})
