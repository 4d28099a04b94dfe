# all() and any() with short-circuit behaviour on generators.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, '', None]), any([0, 'x']), all('abc'), any(''))
def noisy(vals):
    for v in vals:
        print('  yield', v)
        yield v
print(all(noisy([1, 0, 2])))
print(any(noisy([0, 3, 4])))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)), all(iter([True, 1, 'a'])), any({0: 'a', 1: 'b'}))
for bad in [5, None]:
    try:
        all(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    any()
except TypeError as e:
    print('TypeError', e)
class Falsy:
    def __bool__(self):
        return False
print(all([Falsy()]), any([Falsy(), Falsy()]))
