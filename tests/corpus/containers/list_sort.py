# list.sort and sorted: key, reverse, stability, errors.
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.sort(key=abs); print(nums)
nums.sort(key=lambda n: (n % 3, -n)); print(nums)
recs = [{'n': i % 3, 'i': i} for i in range(9)]
print([r['i'] for r in sorted(recs, key=lambda r: r['n'])], [r['i'] for r in sorted(recs, key=lambda r: r['n'], reverse=True)])
print(sorted([]), sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted((2, 1)), sorted(range(5), reverse=True))
for call in [lambda: sorted([1, 'a']), lambda: [3, None].sort(), lambda: sorted([1], key=1), lambda: sorted([1, 2], 1),
             lambda: [1].sort(reversed=True), lambda: sorted([{}, {}]), lambda: sorted([1j, 2j])]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K(%r)' % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v), min(K(3), K(1)))
lst = [3, 1, 2]
def bad_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print('ValueError', e)
print(sorted([0.5, 1, True, -2.5, False]))
