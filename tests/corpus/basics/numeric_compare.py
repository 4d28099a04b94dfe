# Comparisons across int/float/bool/complex, including big ints vs floats.
print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > float('inf'), 10 ** 400 < float('inf'), -10 ** 400 < float('-inf'))
print(float('nan') == 0, 0 < float('nan'), 1 == 1 + 0j, 1.5 == 1.5 + 0j)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, -0.0 == 0, 2 ** 63 == 9223372036854775808.0)
print(3 < 4 < 5, 3 < 4 > 5, 1 < 2 == 2, 1 == 1.0 == True, 5 > 3 >= 3 > 2)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), max(2, 2.5, True))
print(sorted([3, 1.5, True, -2, 0.0, 10 ** 20, -0.5]))
ops = [('<', lambda a, b: a < b), ('<=', lambda a, b: a <= b), ('>', lambda a, b: a > b), ('>=', lambda a, b: a >= b)]
for name, op in ops:
    for a, b in [(1, 'a'), ([1], (1,)), (None, 0), (1j, 1), ('a', 1)]:
        try:
            print(name, op(a, b))
        except TypeError as e:
            print(name, 'TypeError', e)
print(1 == 'a', [1] == (1,), None == 0, 1j != 1)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9], 'abc' < 'abd', 'Z' < 'a', '' < 'a')
